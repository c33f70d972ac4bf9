//! Storing an attempt just played, as both front ends do it (the terminal's `play`
//! and the app): the result file is written first; then the results store keeps the
//! record with its encounter version ([`Store::keep_played`]). When the store does
//! not take it, the trainee is told which of three things happened, so that an
//! import is promised only when it would take the file.

use fluent_bundle::FluentValue;

use super::store::{Location, PutError, Store};
use crate::record::AttemptRecord;
use touchpoint_content::encounter::Encounter;
use touchpoint_content::locale::Texts;

/// Has the store at `store` keep `record` (played on `enc`). `file_saved`: its result
/// file was written. `None` when stored; else the warning to show (in `t`'s
/// language): the store failed and the file can be imported later; the store refused
/// the record, and an import would refuse the file too; or the store failed and
/// there is no file either.
pub fn keep_in_store(
    store: &Location,
    record: &AttemptRecord,
    enc: &Encounter,
    file_saved: bool,
    t: &Texts,
) -> Option<String> {
    let e = Store::open(store)
        .map_err(PutError::Store)
        .and_then(|mut s| s.keep_played(record, enc))
        .err()?;
    let importable = matches!(e, PutError::Store(_));
    let key = match (file_saved, importable) {
        (true, true) => "ui-store-not-added-import-later",
        (true, false) => "ui-store-not-added-import-refuses",
        (false, _) => "ui-store-not-added",
    };
    Some(t.ui_fmt(key, &[("error", FluentValue::from(e.to_string()))]))
}
