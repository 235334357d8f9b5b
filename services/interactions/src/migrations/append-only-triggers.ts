import { QueryRunner } from 'typeorm';

/**
 * Creates the trigger functions that keep records append-only in the database itself, whatever
 * role writes. `reject_change` rejects every UPDATE and DELETE, and `allow_only_ending` rejects DELETE
 * and lets an UPDATE only fill, once, the columns named as trigger arguments (the revocation or
 * closing columns), leaving every other column as it was.
 */
export async function createAppendOnlyFunctions(queryRunner: QueryRunner, schema: string): Promise<void> {
  await queryRunner.query(`
    CREATE FUNCTION "${schema}".reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'rows of %.% are append-only: % is not allowed', TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
    END $$`);
  await queryRunner.query(`
    CREATE FUNCTION "${schema}".allow_only_ending() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      ending_column text;
      old_row jsonb := to_jsonb(OLD);
      new_row jsonb := to_jsonb(NEW);
    BEGIN
      IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'rows of %.% are never deleted', TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END IF;
      FOREACH ending_column IN ARRAY TG_ARGV LOOP
        IF old_row -> ending_column <> 'null'::jsonb AND old_row -> ending_column IS DISTINCT FROM new_row -> ending_column THEN
          RAISE EXCEPTION 'column % of %.% is already set and cannot change', ending_column, TG_TABLE_SCHEMA, TG_TABLE_NAME
            USING ERRCODE = 'restrict_violation';
        END IF;
        old_row := old_row - ending_column;
        new_row := new_row - ending_column;
      END LOOP;
      IF old_row IS DISTINCT FROM new_row THEN
        RAISE EXCEPTION 'only the ending columns of %.% may change', TG_TABLE_SCHEMA, TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
      END IF;
      RETURN NEW;
    END $$`);
}

export async function makeAppendOnly(queryRunner: QueryRunner, schema: string, table: string): Promise<void> {
  await queryRunner.query(
    `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${schema}".${table} FOR EACH ROW EXECUTE FUNCTION "${schema}".reject_change()`,
  );
}

export async function allowOnlyEnding(queryRunner: QueryRunner, schema: string, table: string, columns: string[]): Promise<void> {
  const args = columns.map((column) => `'${column}'`).join(', ');
  await queryRunner.query(
    `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${schema}".${table} FOR EACH ROW EXECUTE FUNCTION "${schema}".allow_only_ending(${args})`,
  );
}
