//! Workbooks read in a child process: a damaged `.xls` that makes the reader allocate gigabytes
//! (found by fuzzing) ends only the child; the caller gets "damaged", and good files read the same
//! as in-process.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

#[path = "integration/common.rs"]
mod common;

use common::fixture;
use seatplan::io::sheet::{read_sheet, read_workbook_here, read_workbooks_in};
use std::path::PathBuf;

#[test]
fn a_child_reader_contains_damage_and_reads_good_files_the_same() {
    read_workbooks_in(seatplan::cli::child_reader(PathBuf::from(env!(
        "CARGO_BIN_EXE_seatplan"
    ))));
    for name in [
        "guests-messy.xlsx",
        "guests-messy.xls",
        "guests-messy.ods",
        "draw-messy.xlsx",
    ] {
        let path = fixture(name);
        let here = read_workbook_here(&path, name, None).unwrap();
        assert_eq!(read_sheet(&path, None).unwrap(), here, "{name}");
    }
    let error = read_sheet(&fixture("draw-messy.xlsx"), Some("Nope")).unwrap_err();
    assert!(
        error.to_string().contains("no sheet named “Nope”"),
        "{error}"
    );
    // The out-of-memory input: the child dies, we do not.
    let error = read_sheet(&fixture("oom-cfb.xls"), None).unwrap_err();
    assert!(error.to_string().contains("damaged"), "{error}");
    let error = read_sheet(&fixture("damaged-cfb.xls"), None).unwrap_err();
    assert!(error.to_string().contains("damaged"), "{error}");
}
