//! Only our schema runs. A plan file is an SQLite database, and SQLite runs what a file's schema
//! says: a trigger added by another program fires on our inserts, a view or a virtual table runs
//! code when read. So every connection is opened the way SQLite advises for untrusted files
//! ([`harden`]), and before anything else touches a file its `sqlite_schema` is compared with
//! exactly what this layout version creates ([`check`]): the same tables, columns and types,
//! indexes — no triggers, no views, no virtual tables, nothing extra. Anything else is refused
//! with what was found, and the file is left as it was.

use super::{StoreError, schema_sql, sql_error};
use rusqlite::Connection;
use rusqlite::config::DbConfig;
use seatplan_i18n::t;
use std::path::Path;
use std::sync::OnceLock;

/// A name from the file as it may be shown: control characters and the marks that reorder text
/// (a right-to-left override) written as `\u{…}`, so a hostile name can neither fake a line nor
/// turn the message around.
fn visible(name: &str) -> String {
    name.chars()
        .map(|c| {
            let reorders = matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c);
            if c.is_control() || reorders {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// One row of `sqlite_schema`.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Object {
    /// "table", "index", "view", "trigger".
    kind: String,
    name: String,
    table: String,
    /// The CREATE statement, whitespace collapsed (`None` for automatic indexes).
    sql: Option<String>,
}

impl Object {
    /// What kind of object it is, as the messages select on it: "table", "virtual", "index",
    /// "view", "trigger".
    fn kind_id(&self) -> &'static str {
        let is_virtual = self
            .sql
            .as_deref()
            .is_some_and(|sql| sql.to_ascii_uppercase().starts_with("CREATE VIRTUAL TABLE"));
        match self.kind.as_str() {
            "table" if is_virtual => "virtual",
            "index" => "index",
            "view" => "view",
            "trigger" => "trigger",
            _ => "table",
        }
    }
}

/// Settings SQLite advises for databases from elsewhere: defensive mode (no writing the schema
/// by hand, no shadow-table tricks), functions in the schema not trusted, triggers and views
/// switched off (seatplan uses neither), pages checked for consistent cell sizes. Extension
/// loading stays off: the SQLite library is built without it being enabled, and nothing here
/// turns it on.
pub(super) fn harden(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let err = |e| sql_error(path, e);
    for (setting, on) in [
        (DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true),
        (DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false),
        (DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false),
        (DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false),
    ] {
        conn.set_db_config(setting, on).map_err(err)?;
    }
    conn.execute_batch("PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON;")
        .map_err(err)?;
    // A plan another process holds is said to be so at once (the first read would otherwise
    // wait five seconds for a lock that a window keeps for hours).
    conn.busy_timeout(std::time::Duration::ZERO).map_err(err)
}

/// Compares the file's schema with this layout's; `Err(ForeignSchema)` names the first thing
/// that differs.
pub(super) fn check(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let found = objects(conn).map_err(|e| sql_error(path, e))?;
    let refuse = |detail: String| StoreError::ForeignSchema {
        path: path.to_owned(),
        detail,
    };
    // The layout the file says it has decides what it must hold (a higher one than this build
    // knows was refused from the header already).
    let version: i32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| sql_error(path, e))?;
    // Every plan seatplan ever wrote has layout 1 or later.
    if version < 1 {
        return Err(refuse(t!(
            "schema-no-version",
            version = version.to_string()
        )));
    }
    let expected = expected(version);
    for object in &found {
        let twin = expected
            .iter()
            .find(|e| e.kind == object.kind && e.name == object.name);
        let Some(twin) = twin else {
            return Err(refuse(t!(
                "schema-extra",
                kind = object.kind_id(),
                name = visible(&object.name)
            )));
        };
        if object != twin {
            return Err(refuse(difference(conn, object)));
        }
    }
    if let Some(missing) = expected.iter().find(|e| !found.contains(e)) {
        return Err(refuse(t!(
            "schema-missing",
            kind = missing.kind_id(),
            name = missing.name.as_str()
        )));
    }
    Ok(())
}

/// The schema a plan of layout `version` has, read back from an in-memory database made with
/// that layout's tables (layout 1 for 1 and below, else 2).
fn expected(version: i32) -> &'static [Object] {
    static EXPECTED: [OnceLock<Vec<Object>>; 2] = [OnceLock::new(), OnceLock::new()];
    let layout = if version >= 2 { 2 } else { 1 };
    EXPECTED[layout - 1].get_or_init(|| {
        // An in-memory database with a constant schema cannot fail to be made; if SQLite could
        // not even do that, nothing would match and every file would be refused (safe).
        Connection::open_in_memory()
            .and_then(|c| c.execute_batch(&schema_sql(layout as i32)).map(|()| c))
            .and_then(|c| objects(&c))
            .unwrap_or_default()
    })
}

/// Every object in `sqlite_schema`, in file order.
fn objects(conn: &Connection) -> rusqlite::Result<Vec<Object>> {
    let mut stmt = conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema")?;
    let rows = stmt.query_map([], |r| {
        Ok(Object {
            kind: r.get(0)?,
            name: r.get(1)?,
            table: r.get(2)?,
            sql: r
                .get::<_, Option<String>>(3)?
                .map(|sql| sql.split_whitespace().collect::<Vec<_>>().join(" ")),
        })
    })?;
    rows.collect()
}

/// What differs between a table (or index) in the file and the one seatplan makes, in words:
/// WITHOUT ROWID, not STRICT, a column's type, a column more or less — else "defined
/// differently".
fn difference(conn: &Connection, found: &Object) -> String {
    let shown = visible(&found.name);
    let name = shown.as_str();
    let kind = found.kind_id();
    let sql = found.sql.as_deref().unwrap_or("").to_ascii_uppercase();
    if sql.starts_with("CREATE VIRTUAL TABLE") {
        return t!("schema-virtual", name = name);
    }
    if sql.contains("WITHOUT ROWID") {
        return t!("schema-without-rowid", name = name);
    }
    if found.kind == "table" && !sql.trim_end().ends_with("STRICT") {
        return t!("schema-not-strict", name = name);
    }
    if found.kind == "table"
        && let (Ok(have), Ok(want)) = (columns(conn, name), expected_columns(name))
    {
        for (column, kind) in &have {
            match want.iter().find(|(c, _)| c == column) {
                None => {
                    return t!(
                        "schema-extra-column",
                        table = name,
                        column = visible(column)
                    );
                }
                Some((_, wanted)) if wanted != kind => {
                    return t!(
                        "schema-column-type",
                        table = name,
                        column = column.as_str(),
                        found = kind.as_str(),
                        expected = wanted.as_str()
                    );
                }
                Some(_) => {}
            }
        }
        if let Some((column, _)) = want.iter().find(|(c, _)| !have.iter().any(|(h, _)| h == c)) {
            return t!(
                "schema-missing-column",
                table = name,
                column = column.as_str()
            );
        }
    }
    t!("schema-changed", kind = kind, name = name)
}

/// A table's columns and declared types.
fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare("SELECT name, type FROM pragma_table_xinfo(?1)")?;
    let rows = stmt.query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// The columns a table of this layout has.
fn expected_columns(table: &str) -> rusqlite::Result<Vec<(String, String)>> {
    let conn = Connection::open_in_memory()?;
    conn.execute_batch(&schema_sql(super::FORMAT_VERSION))?;
    columns(&conn, table)
}
