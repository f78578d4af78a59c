package io.migrascope.ui.sql;

import java.util.Locale;
import java.util.Set;

/**
 * The words the SQL pane colours. PostgreSQL's scanner does not tell keywords from identifiers
 * (both are {@code WORD} tokens), so the pane decides by these lists: the key words of the
 * PostgreSQL manual's appendix that migrations use, and the built-in type names.
 */
final class SqlKeywords {
    private static final Set<String> KEYWORDS = words("""
            abort absolute access action add admin after aggregate all also alter always analyse analyze and any
            array as asc assertion assignment asymmetric at atomic attach attribute authorization backward before
            begin between bigserial binary both by cache call called cascade cascaded case cast catalog chain check
            checkpoint class close cluster coalesce collate collation column columns comment comments commit
            committed compression concurrently configuration conflict connection constraint constraints content
            continue conversion copy cost create cross csv cube current current_date current_role current_schema
            current_time current_timestamp current_user cursor cycle data database day deallocate declare default
            defaults deferrable deferred definer delete delimiter depends desc detach dictionary disable discard
            distinct do document domain drop each else elsif enable encoding encrypted end enum escape event except
            exception exclude excluding exclusive execute exists explain expression extension external extract false
            family fetch filter first following for force foreign format forward freeze from full function functions
            generated global grant granted greatest group grouping handler having header hold hour identity if ilike
            immediate immutable implicit import in include including increment index indexes inherit inherits
            initially inline inner inout input insensitive insert instead intersect into invoker is isnull isolation
            join key language large last lateral leading leakproof least left level like limit listen load local
            localtime localtimestamp location lock locked logged loop mapping match materialized maxvalue merge method
            minute minvalue mode month move name names natural new next nfc nfd nfkc nfkd no none normalize not nothing
            notify notnull nowait null nullif nulls of off offset oids old on only operator option options or order
            ordinality others out outer over overlaps overlay overriding owned owner parallel parser partial partition
            passing password perform placing plans policy position preceding prepare prepared preserve primary prior
            privileges procedural procedure procedures program publication quote raise range read reassign recursive
            ref references referencing refresh reindex relative release rename repeatable replace replica reset
            restart restrict return returning returns revoke right role rollback rollup routine routines row rows rule
            savepoint schema schemas scroll search second security select sequence sequences serializable server
            session session_user set setof sets share show similar simple skip snapshot some stable standalone start
            statement statistics stdin stdout storage stored strict strip subscription substring support symmetric
            sysid system table tables tablesample tablespace temp template temporary then ties to trailing transaction
            transform treat trigger trim true truncate trusted type types uescape unbounded uncommitted unencrypted
            union unique unknown unlisten unlogged until update user using vacuum valid validate validator value
            values variadic verbose version view views volatile when where whitespace window with within without work
            wrapper write year yes zone
            """);

    private static final Set<String> TYPES = words("""
            bigint bit bool boolean box bpchar bytea char character cidr circle date decimal double float float4
            float8 inet int int2 int4 int8 integer interval json jsonb line lseg macaddr money numeric oid path point
            polygon real regclass serial serial2 serial4 serial8 smallint smallserial text time timestamp timestamptz
            timetz tsquery tsvector uuid varchar varying xml record trigger void precision
            """);

    private SqlKeywords() {
    }

    static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isType(String word) {
        return TYPES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> words(String block) {
        return Set.of(block.strip().split("\\s+"));
    }
}
