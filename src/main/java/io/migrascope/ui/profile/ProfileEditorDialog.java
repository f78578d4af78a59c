package io.migrascope.ui.profile;

import io.migrascope.core.db.profile.Environment;
import io.migrascope.core.db.profile.Profile;
import io.migrascope.core.tool.Tools;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Creates or edits a profile. OK stays disabled while the profile has problems, which are listed
 * in words under the form. There is no password field, on purpose: the password env field names a
 * variable instead.
 */
public final class ProfileEditorDialog extends Dialog<Profile> {
    private final TextField name = field("profile-name");
    private final TextField host = field("profile-host");
    private final TextField port = field("profile-port");
    private final TextField database = field("profile-database");
    private final TextField user = field("profile-user");
    private final ComboBox<String> sslmode = new ComboBox<>(FXCollections.observableArrayList(
            "", "disable", "allow", "prefer", "require", "verify-ca", "verify-full"));
    private final TextField sslrootcert = field("profile-sslrootcert");
    private final TextField schema = field("profile-schema");
    private final ComboBox<String> tool = new ComboBox<>();
    private final TextField folder = field("profile-folder");
    private final ComboBox<Environment> environment = new ComboBox<>(FXCollections.observableArrayList(Environment.values()));
    private final ColorPicker colour = new ColorPicker();
    private final TextField passwordEnv = field("profile-password-env");
    private final Label problems = new Label();

    /**
     * @param profile the profile to edit, or {@link Profile#blank()} for a new one
     * @param notes   sentences to show above the form (what an import did), may be empty
     */
    public ProfileEditorDialog(Window owner, Profile profile, List<String> notes) {
        this(owner, profile, notes, null);
    }

    /**
     * @param tester runs "Test connection" on the profile as the form stands, before it is saved;
     *               null leaves the button out
     */
    public ProfileEditorDialog(Window owner, Profile profile, List<String> notes,
                               BiConsumer<Profile, Consumer<ConnectionCheck>> tester) {
        initOwner(owner);
        setTitle(profile.name().isEmpty() ? "New profile" : "Edit profile " + profile.name());
        setHeaderText(profile.name().isEmpty() ? "A database the console should know" : profile.label());
        List<String> tools = new ArrayList<>(List.of(Tools.AUTO));
        tools.addAll(Tools.ids());
        tool.getItems().setAll(tools);
        sslmode.setEditable(true);
        fill(profile);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int r = 0;
        form.addRow(r++, new Label("Name"), name);
        form.addRow(r++, new Label("Host"), host);
        form.addRow(r++, new Label("Port"), port);
        form.addRow(r++, new Label("Database"), database);
        form.addRow(r++, new Label("User"), user);
        form.addRow(r++, new Label("SSL mode"), sslmode);
        form.addRow(r++, new Label("CA file"), sslrootcert);
        form.addRow(r++, new Label("Tool"), tool);
        form.addRow(r++, new Label("Tracking schema"), schema);
        form.addRow(r++, new Label("Migrations folder"), folderRow(owner));
        form.addRow(r++, new Label("Environment"), environment);
        form.addRow(r++, new Label("Colour"), colour);
        form.addRow(r, new Label("Password variable"), passwordEnv);
        sslrootcert.setPromptText("for verify-ca / verify-full; default ~/.postgresql/root.crt");
        schema.setPromptText("the tool's own (public, drizzle, supabase_migrations ...)");
        user.setPromptText("your operating-system user");
        passwordEnv.setPromptText("e.g. SHOP_DB_PASSWORD (else PGPASSWORD, ~/.pgpass, or a prompt)");
        problems.setId("profile-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("open-error");

        VBox content = new VBox(10);
        if (!notes.isEmpty()) {
            Label told = new Label(String.join("\n", notes));
            told.setWrapText(true);
            told.getStyleClass().add("dialog-notes");
            content.getChildren().add(told);
        }
        content.getChildren().addAll(form, problems);
        if (tester != null) {
            content.getChildren().add(testRow(tester));
        }
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ObjectBinding<Profile> edited = Bindings.createObjectBinding(this::current, name.textProperty(),
                host.textProperty(), port.textProperty(), database.textProperty(), user.textProperty(),
                sslmode.valueProperty(), sslrootcert.textProperty(), schema.textProperty(), tool.valueProperty(), folder.textProperty(),
                environment.valueProperty(), colour.valueProperty(), passwordEnv.textProperty());
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", edited.get().problems()), edited));
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("profile-ok");
        ok.disableProperty().bind(problems.textProperty().isNotEmpty());
        setResultConverter(b -> b == ButtonType.OK ? current() : null);
        environment.valueProperty().addListener((obs, was, now) -> {
            if (was != null && now != null && hex(colour.getValue()).equalsIgnoreCase(was.defaultColour())) {
                colour.setValue(Color.web(now.defaultColour()));
            }
        });
    }

    /** Tests what is typed, so a wrong host or port shows before anything is saved. */
    private Node testRow(BiConsumer<Profile, Consumer<ConnectionCheck>> tester) {
        Button test = new Button("Test connection");
        test.setId("profile-editor-test");
        Label result = new Label();
        result.setId("profile-test-result");
        result.setWrapText(true);
        test.setOnAction(e -> {
            test.setDisable(true);
            result.getStyleClass().removeAll("open-error", "check-ok");
            result.setText("Connecting…");
            tester.accept(current(), check -> {
                test.setDisable(false);
                result.setText(check.message());
                result.getStyleClass().add(check.ok() ? "check-ok" : "open-error");
            });
        });
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox row = new HBox(8, test, result);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private Node folderRow(Window owner) {
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Migrations folder");
            File start = new File(folder.getText());
            if (start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            File chosen = chooser.showDialog(owner);
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        return new HBox(6, folder, browse);
    }

    private void fill(Profile p) {
        name.setText(p.name());
        host.setText(p.host());
        port.setText(Integer.toString(p.port()));
        database.setText(p.database());
        user.setText(p.user() == null ? "" : p.user());
        sslmode.setValue(p.sslmode() == null ? "" : p.sslmode());
        sslrootcert.setText(p.sslrootcert() == null ? "" : p.sslrootcert());
        schema.setText(p.schema() == null ? "" : p.schema());
        tool.setValue(p.tool());
        folder.setText(p.migrationsFolder());
        environment.setValue(p.environment());
        colour.setValue(Color.web(p.colour()));
        passwordEnv.setText(p.passwordEnv() == null ? "" : p.passwordEnv());
    }

    /** The profile as the form stands; a port that is not a number becomes -1 and is reported. */
    Profile current() {
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        return new Profile(name.getText(), host.getText(), portNumber, database.getText(), user.getText(),
                sslmode.getValue(), schema.getText(), tool.getValue(), folder.getText(), environment.getValue(),
                hex(colour.getValue()), passwordEnv.getText(), sslrootcert.getText());
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }
}
