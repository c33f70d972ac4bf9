//! Accounts: passwords hashed with argon2id (a PHC string: algorithm, parameters and
//! salt with the hash), what an account may hold, and roster files (`users import`).

use argon2::password_hash::SaltString;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use touchpoint_results::record::{valid_cohort, valid_name, valid_trainee_id};
use touchpoint_results::store::Role;

/// The shortest password an account may have, in characters.
pub const MIN_PASSWORD_CHARS: usize = 8;
/// The longest, in bytes (hashing a longer one is work for nothing).
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// Bytes from the operating system's random generator.
pub fn random_bytes<const N: usize>() -> Result<[u8; N], String> {
    let mut b = [0u8; N];
    getrandom::fill(&mut b).map_err(|e| format!("no random numbers from the system: {e}"))?;
    Ok(b)
}

/// A fresh id for an audit log line (two lines in the same millisecond stay apart).
pub fn audit_entry_id() -> Result<String, String> {
    Ok(random_bytes::<8>()?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The argon2id hash of `password` (default parameters: 19 MiB, 2 passes, 1 lane),
/// with a fresh 128-bit salt.
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::encode_b64(&random_bytes::<16>()?).map_err(|e| e.to_string())?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the password: {e}"))
}

/// Whether `password` is the one `phc` was hashed from (false for a damaged hash).
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// Why a password cannot be an account's, if it cannot.
pub fn password_problem(password: &str) -> Option<String> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        Some(format!(
            "a password has at least {MIN_PASSWORD_CHARS} characters"
        ))
    } else if password.len() > MAX_PASSWORD_BYTES {
        Some(format!("a password has at most {MAX_PASSWORD_BYTES} bytes"))
    } else if password.chars().any(char::is_control) {
        Some("a password has no control characters".into())
    } else {
        None
    }
}

/// A new password to hand out (`users import`): 14 letters and digits that cannot
/// be mistaken for each other (no 0/O, 1/l/I), about 80 bits.
pub fn new_password() -> Result<String, String> {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let bytes = random_bytes::<14>()?;
    // 256 is not a multiple of the alphabet's 56 letters: a byte above the last
    // whole multiple is drawn again, so that every letter is as likely.
    let mut out = String::new();
    let limit = 256 - 256 % ALPHABET.len();
    let mut more = bytes.to_vec();
    while out.len() < 14 {
        let b = match more.pop() {
            Some(b) => b,
            None => {
                more.extend_from_slice(&random_bytes::<14>()?);
                continue;
            }
        };
        if usize::from(b) < limit {
            out.push(ALPHABET[usize::from(b) % ALPHABET.len()] as char);
        }
    }
    Ok(out)
}

/// What an account's fields must be: an id as a trainee id anywhere else (1-64
/// letters, digits, `.`, `_`, `-`, `@`), a name and cohorts as in result records.
pub fn account_problem(id: &str, name: &str, cohorts: &[String]) -> Option<String> {
    if !valid_trainee_id(id) {
        return Some(format!(
            "invalid account id `{id}`: expected 1-64 letters, digits, `.`, `_`, `-` or `@`"
        ));
    }
    if !valid_name(name) || name.trim().is_empty() {
        return Some(format!(
            "invalid name for `{id}`: expected 1-100 characters without control characters"
        ));
    }
    if let Some(c) = cohorts.iter().find(|c| !valid_cohort(c)) {
        return Some(format!(
            "invalid cohort `{c}` for `{id}`: expected 1-100 characters without control characters"
        ));
    }
    None
}

/// One line of a roster file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    /// The line it is on (1-based).
    pub line: usize,
    pub id: String,
    pub name: String,
    pub role: Role,
    pub cohort: Option<String>,
}

/// Reads a roster (`id,name,role,cohort`, a header line first, UTF-8 with or without
/// a byte-order mark, fields quoted as in RFC 4180 where they hold a comma). Every
/// problem is reported, each as `FILE:LINE: what was expected`.
pub fn parse_roster(text: &str, file: &str) -> Result<Vec<RosterRow>, Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let header = ["id", "name", "role", "cohort"];
    match lines.next() {
        Some((_, h)) => {
            let got: Vec<String> = split_csv(h)
                .unwrap_or_default()
                .into_iter()
                .map(|c| c.trim().to_lowercase())
                .collect();
            if got != header {
                problems.push(format!(
                    "{file}:1: expected the header `id,name,role,cohort`, found `{h}`"
                ));
                return Err(problems);
            }
        }
        None => {
            problems.push(format!(
                "{file}:1: the roster is empty; expected the header `id,name,role,cohort`"
            ));
            return Err(problems);
        }
    }
    let mut seen = std::collections::BTreeMap::new();
    for (k, l) in lines {
        let line = k + 1;
        let cells = match split_csv(l) {
            Ok(c) => c,
            Err(e) => {
                problems.push(format!("{file}:{line}: {e}"));
                continue;
            }
        };
        if cells.len() != 4 {
            problems.push(format!(
                "{file}:{line}: expected 4 fields (id,name,role,cohort), found {}",
                cells.len()
            ));
            continue;
        }
        let id = cells[0].trim().to_string();
        let name = cells[1].trim().to_string();
        let cohort = Some(cells[3].trim().to_string()).filter(|c| !c.is_empty());
        let role = match Role::parse(cells[2].trim()) {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("{file}:{line}: {e}"));
                continue;
            }
        };
        let cohorts: Vec<String> = cohort.iter().cloned().collect();
        if let Some(p) = account_problem(&id, &name, &cohorts) {
            problems.push(format!("{file}:{line}: {p}"));
            continue;
        }
        if let Some(first) = seen.insert(id.clone(), line) {
            problems.push(format!("{file}:{line}: `{id}` is already on line {first}"));
            continue;
        }
        rows.push(RosterRow {
            line,
            id,
            name,
            role,
            cohort,
        });
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// The fields of one CSV line (RFC 4180 quoting; no field spans lines).
fn split_csv(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = line.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cur.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cur.push(c),
            (false, '"') if cur.trim().is_empty() && !was_quoted => {
                cur.clear();
                quoted = true;
                was_quoted = true;
            }
            (false, ',') => {
                out.push(std::mem::take(&mut cur));
                was_quoted = false;
            }
            (false, '"') => return Err("a quote inside an unquoted field".into()),
            (false, c) => cur.push(c),
        }
    }
    if quoted {
        return Err("a quoted field is not closed".into());
    }
    out.push(cur);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_hash_only() {
        let h = hash_password("correct horse").unwrap();
        assert!(h.starts_with("$argon2id$v=19$"), "{h}");
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("correct hors", &h));
        assert!(!verify_password("correct horse", "not a hash"));
        // A fresh salt each time.
        assert_ne!(h, hash_password("correct horse").unwrap());
    }

    #[test]
    fn new_passwords_are_long_and_unambiguous() {
        let p = new_password().unwrap();
        assert_eq!(p.chars().count(), 14);
        assert!(password_problem(&p).is_none());
        assert!(!p.contains(['0', 'O', '1', 'l', 'I']), "{p}");
        assert_ne!(p, new_password().unwrap());
    }

    #[test]
    fn a_roster_reads_chinese_names_quotes_and_reports_every_bad_line() {
        let ok = "\u{feff}id,name,role,cohort\nwang,王小明,trainee,2026-春\n\"li\",\"Li, Hua\",instructor,\nzhao,赵六,hr,\n";
        let rows = parse_roster(ok, "r.csv").unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].name, "王小明");
        assert_eq!(rows[0].cohort.as_deref(), Some("2026-春"));
        assert_eq!(rows[1].name, "Li, Hua");
        assert_eq!(rows[1].role, Role::Instructor);
        assert_eq!(rows[1].cohort, None);
        let bad = "id,name,role,cohort\nwang,王小明,boss,c1\nbad id,x,trainee,c1\nwang2,\"open,trainee,c1\nwang3,王,trainee\nli,李,trainee,c1\nli,又一个,trainee,c1\n";
        let e = parse_roster(bad, "r.csv").unwrap_err();
        assert_eq!(e.len(), 5, "{e:#?}");
        assert_eq!(
            e[0],
            "r.csv:2: unknown role `boss`: expected trainee, instructor, hr or admin"
        );
        assert!(e[1].starts_with("r.csv:3: invalid account id"), "{}", e[1]);
        assert!(e[2].starts_with("r.csv:4: a quoted field"), "{}", e[2]);
        assert!(e[3].starts_with("r.csv:5: expected 4 fields"), "{}", e[3]);
        assert_eq!(e[4], "r.csv:7: `li` is already on line 6");
        let e = parse_roster("name,id\n", "r.csv").unwrap_err();
        assert!(e[0].contains("expected the header"), "{e:?}");
    }
}
