# Files attached to a request; the bytes live in object storage, the table keeps where.
class CreateRequestAttachments < ActiveRecord::Migration[6.1]
  def change
    create_table :request_attachments, id: :uuid, default: -> { "gen_random_uuid()" } do |t|
      t.references :request, type: :uuid, null: false, foreign_key: { on_delete: :cascade }
      t.references :uploaded_by, type: :uuid, index: false, foreign_key: { to_table: :users, on_delete: :nullify }
      t.text :file_name, null: false
      t.text :content_type, null: false
      t.bigint :size_bytes, null: false
      t.text :storage_path, null: false, index: { unique: true }
      t.datetime :created_at, null: false, default: -> { "now()" }
      t.check_constraint "size_bytes > 0 AND size_bytes <= 26214400", name: "request_attachments_size"
    end
  end
end
