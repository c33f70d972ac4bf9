//! `GET /api/exports/{format}`: the files `touchpoint results export` and `results
//! report` write (CSV, XLSX, JSON Lines, xAPI statements, the HTML report), for hr
//! and admin, filtered like `/api/results`, each export in the audit log. A damaged
//! stored row is left out of every format and named in the `X-Touchpoint-Skipped`
//! header, as the command line names it.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use touchpoint_results::export::{self, Names};
use touchpoint_results::store::{Filter, Role, Scan, Store};
use touchpoint_results::{xapi, xlsx};

use crate::api::ApiError;

/// The formats, by the name in the path: (content type, file extension).
pub fn format(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "csv" => ("text/csv; charset=utf-8", "csv"),
        "xlsx" => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
        "jsonl" => ("application/x-ndjson; charset=utf-8", "jsonl"),
        "xapi" => ("application/json; charset=utf-8", "json"),
        "report" => ("text/html; charset=utf-8", "html"),
        _ => return None,
    })
}

/// May `role` export? hr and admin only.
pub fn may_export(role: Role) -> bool {
    role.sees_all()
}

/// Writes the export of `f` in `name`'s format; the bytes and the rows left out.
pub fn write(
    s: &Store,
    name: &str,
    f: &Filter,
    scenarios: &std::path::Path,
    locale: &str,
) -> Result<(Vec<u8>, Vec<String>), ApiError> {
    let mut out = Vec::new();
    let skipped = |scan: &Scan| {
        scan.skipped
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
    };
    let no_progress = &mut |_: usize, _: usize| {};
    let scan = match name {
        "csv" => {
            let names = Names::titles(s, scenarios, locale, f)?;
            export::csv(&mut out, s, f, &names, no_progress)?
        }
        "jsonl" => export::jsonl(&mut out, s, f)?,
        "xlsx" => {
            let names = Names::new(s, scenarios, locale, f)?;
            let text = export::filter_text(f, &names.texts);
            xlsx::xlsx(&mut out, None, s, f, &names, &text, no_progress)?
        }
        "xapi" => {
            let opts = xapi::XapiOptions::new(xapi::DEFAULT_BASE);
            let mut statements = Vec::new();
            let mut refused = Vec::new();
            let scan = s.each_attempt(f, &mut |a| {
                match xapi::try_stored_statements(&a.record, &opts, a.row.verified == 1) {
                    Ok(st) => statements.extend(st),
                    Err(e) => refused.push(e.to_string()),
                }
                Ok(())
            })?;
            out = serde_json::to_vec_pretty(&statements)
                .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            let mut all = skipped(&scan);
            all.extend(refused);
            return Ok((out, all));
        }
        "report" => {
            let names = Names::new(s, scenarios, locale, f)?;
            let (html, scan) = export::report(s, f, &names)?;
            out = html.into_bytes();
            scan
        }
        _ => return Err(ApiError::new(StatusCode::NOT_FOUND, "not found")),
    };
    Ok((out, skipped(&scan)))
}

/// The download: its type, a file name, and what was left out.
pub fn response(name: &str, bytes: Vec<u8>, skipped: &[String]) -> Response {
    let Some((kind, ext)) = format(name) else {
        return ApiError::new(StatusCode::NOT_FOUND, "not found").into_response();
    };
    let mut res = (StatusCode::OK, bytes).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    if let Ok(v) = HeaderValue::from_str(&format!(
        "attachment; filename=\"touchpoint-results.{ext}\""
    )) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if !skipped.is_empty()
        && let Ok(v) = HeaderValue::from_str(&format!("{} damaged row(s) left out", skipped.len()))
    {
        h.insert("x-touchpoint-skipped", v);
    }
    res
}
