//! `touchpoint serve` and `touchpoint users`: the course server and its accounts.

use std::io::{BufRead, IsTerminal, Read};
use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use touchpoint_results::store::{Account, AuditEntry, Location, Role, Store};
use touchpoint_server::accounts::{
    account_problem, audit_entry_id, hash_password, new_password, parse_roster, password_problem,
};

use super::env;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The folder of encounters to offer (with locales/ beside it).
    #[arg(long, default_value = "scenarios")]
    pub scenarios: PathBuf,
    /// Mark cookies `Secure`: the server is reached over HTTPS (through a proxy).
    #[arg(long)]
    pub secure_cookies: bool,
    /// Serve HTTPS with this certificate (chain), a PEM file (with --tls-key).
    #[arg(long, requires = "tls_key", value_name = "PEM")]
    pub tls_cert: Option<PathBuf>,
    /// The certificate's private key, a PEM file (with --tls-cert).
    #[arg(long, requires = "tls_cert", value_name = "PEM")]
    pub tls_key: Option<PathBuf>,
    /// A reverse proxy in front of the server (its address, repeatable): the client
    /// address it appends to `X-Forwarded-For` is the one throttled and audited.
    #[arg(long = "trust-proxy", value_name = "IP")]
    pub trust_proxy: Vec<std::net::IpAddr>,
    /// An address allowed to show the server's pages in a frame (repeatable), e.g.
    /// your LMS, if it opens encounters inside its own page (cmi5 `AnyWindow`):
    /// `https://lms.example.com`. By default no site may.
    #[arg(long = "frame-ancestors", value_name = "ORIGIN")]
    pub frame_ancestors: Vec<String>,
    /// An LMS whose cmi5 launches the server takes (repeatable), e.g.
    /// `https://lms.example.com`: a launch's token and statements go only to an LMS
    /// named here. By default the server takes no launch.
    #[arg(long = "lms", value_name = "ORIGIN")]
    pub lms: Vec<String>,
    /// The cohort a learner joins when a launch from an LMS first makes their
    /// account, so that the cohort's instructors see their attempts (by default LMS
    /// learners are in no cohort: hr and admin see them; an admin can put them in
    /// one later).
    #[arg(long = "lms-cohort", value_name = "COHORT", requires = "lms")]
    pub lms_cohort: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Add an account; its password is read from standard input.
    Add {
        /// The account id (1-64 letters, digits, `.`, `_`, `-`, `@`).
        id: String,
        /// trainee, instructor, hr or admin.
        #[arg(long)]
        role: String,
        /// The name shown and written into results (default: the id).
        #[arg(long)]
        name: Option<String>,
        /// A cohort: a trainee's, or one an instructor teaches (repeatable).
        #[arg(long)]
        cohort: Vec<String>,
        /// Read the password from the first line of standard input.
        #[arg(long, required = true)]
        password_stdin: bool,
    },
    /// Add or update accounts from a roster (CSV: id,name,role,cohort). New accounts
    /// get a generated password, printed as CSV (id,password) on standard output;
    /// existing ones keep theirs.
    Import {
        /// The roster file.
        roster: PathBuf,
    },
    /// List the accounts.
    List,
    /// Disable an account: its sessions end at once and it cannot sign in.
    Disable { id: String },
    /// Enable a disabled account again.
    Enable { id: String },
    /// Change an account's password (read from standard input); its sessions end.
    Passwd {
        id: String,
        /// Read the password from the first line of standard input.
        #[arg(long, required = true)]
        password_stdin: bool,
    },
}

fn open(store: Option<&str>) -> Result<Store, i32> {
    Store::open(&Location::resolve(store, env)).map_err(|e| {
        eprintln!("error: {e}");
        1
    })
}

fn audit(s: &mut Store, action: &str, target: &str) {
    let actor = env("USER").unwrap_or_else(|| "cli".into());
    let entry = audit_entry_id().unwrap_or_default();
    if let Err(e) = s.audit(
        &AuditEntry {
            at_ms: touchpoint_server::now_ms(),
            actor,
            action: action.into(),
            target: target.into(),
            address: "cli".into(),
        },
        &entry,
    ) {
        eprintln!("warning: not in the audit log: {e}");
    }
}

/// The first line of standard input, without its line end.
fn password_from_stdin() -> Result<String, String> {
    let mut line = String::new();
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("password: ");
    }
    stdin
        .lock()
        .take(4096)
        .read_line(&mut line)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    let p = line.trim_end_matches(['\n', '\r']).to_string();
    match password_problem(&p) {
        Some(problem) => Err(problem),
        None => Ok(p),
    }
}

pub fn users(cmd: &UsersCommand, store: Option<&str>) -> i32 {
    match run_users(cmd, store) {
        Ok(()) => 0,
        Err(code) => code,
    }
}

fn run_users(cmd: &UsersCommand, store: Option<&str>) -> Result<(), i32> {
    let fail = |code: i32| {
        move |e: String| {
            eprintln!("error: {e}");
            code
        }
    };
    match cmd {
        UsersCommand::Add {
            id,
            role,
            name,
            cohort,
            ..
        } => {
            let role = Role::parse(role).map_err(fail(2))?;
            let name = name.clone().unwrap_or_else(|| id.clone());
            if let Some(p) = account_problem(id, &name, cohort) {
                return Err(fail(2)(p));
            }
            let password = password_from_stdin().map_err(fail(2))?;
            let hash = hash_password(&password).map_err(fail(1))?;
            let mut s = open(store)?;
            let added = s
                .put_account(
                    &Account {
                        id: id.clone(),
                        name,
                        role,
                        cohorts: cohort.clone(),
                        password_hash: hash,
                        disabled: false,
                        created_ms: touchpoint_server::now_ms(),
                    },
                    false,
                )
                .map_err(|e| fail(1)(e.to_string()))?;
            if !added {
                return Err(fail(1)(format!(
                    "the account `{id}` exists; change its password with `users passwd`"
                )));
            }
            audit(&mut s, "account-added", &format!("{id} {}", role.as_str()));
            eprintln!("added {} `{id}`", role.as_str());
            Ok(())
        }
        UsersCommand::Import { roster } => {
            let text = std::fs::read_to_string(roster)
                .map_err(|e| fail(1)(format!("cannot read {}: {e}", roster.display())))?;
            let rows = parse_roster(&text, &roster.display().to_string()).map_err(|problems| {
                for p in &problems {
                    eprintln!("{p}");
                }
                eprintln!(
                    "error: the roster has {} problem(s); nothing was imported",
                    problems.len()
                );
                1
            })?;
            let mut s = open(store)?;
            let (mut added, mut updated) = (0, 0);
            let mut out = String::from("id,password\n");
            for r in rows {
                let before = s.account(&r.id).map_err(|e| fail(1)(e.to_string()))?;
                let cohorts: Vec<String> = r.cohort.iter().cloned().collect();
                let account = match before {
                    Some(b) => {
                        updated += 1;
                        if b.role != r.role {
                            audit(
                                &mut s,
                                "role-changed",
                                &format!("{} {}", r.id, r.role.as_str()),
                            );
                        }
                        Account {
                            name: r.name,
                            role: r.role,
                            cohorts,
                            ..b
                        }
                    }
                    None => {
                        added += 1;
                        let password = new_password().map_err(fail(1))?;
                        out.push_str(&format!("{},{password}\n", r.id));
                        audit(
                            &mut s,
                            "account-added",
                            &format!("{} {}", r.id, r.role.as_str()),
                        );
                        Account {
                            id: r.id,
                            name: r.name,
                            role: r.role,
                            cohorts,
                            password_hash: hash_password(&password).map_err(fail(1))?,
                            disabled: false,
                            created_ms: touchpoint_server::now_ms(),
                        }
                    }
                };
                s.put_account(&account, true)
                    .map_err(|e| fail(1)(e.to_string()))?;
            }
            if added > 0 {
                print!("{out}");
            }
            eprintln!(
                "{added} account(s) added (their passwords are on standard output), {updated} updated"
            );
            Ok(())
        }
        UsersCommand::List => {
            let s = open(store)?;
            let list = s.accounts().map_err(|e| fail(1)(e.to_string()))?;
            // Padded by display width: a Chinese cohort takes two columns a character.
            let pad = super::term::pad;
            println!(
                "{:<24} {:<10} {:<9} {} name",
                "id",
                "role",
                "state",
                pad("cohorts", 20)
            );
            for a in list {
                println!(
                    "{:<24} {:<10} {:<9} {} {}",
                    a.id,
                    a.role.as_str(),
                    if a.disabled { "disabled" } else { "active" },
                    pad(&a.cohorts.join(","), 20),
                    a.name
                );
            }
            Ok(())
        }
        UsersCommand::Disable { id } | UsersCommand::Enable { id } => {
            let disable = matches!(cmd, UsersCommand::Disable { .. });
            let mut s = open(store)?;
            let a = s
                .account(id)
                .map_err(|e| fail(1)(e.to_string()))?
                .ok_or_else(|| fail(1)(format!("no account `{id}`")))?;
            s.put_account(
                &Account {
                    disabled: disable,
                    ..a
                },
                true,
            )
            .map_err(|e| fail(1)(e.to_string()))?;
            audit(
                &mut s,
                if disable {
                    "account-disabled"
                } else {
                    "account-enabled"
                },
                id,
            );
            eprintln!("{} `{id}`", if disable { "disabled" } else { "enabled" });
            Ok(())
        }
        UsersCommand::Passwd { id, .. } => {
            let password = password_from_stdin().map_err(fail(2))?;
            let mut s = open(store)?;
            let a = s
                .account(id)
                .map_err(|e| fail(1)(e.to_string()))?
                .ok_or_else(|| fail(1)(format!("no account `{id}`")))?;
            let hash = hash_password(&password).map_err(fail(1))?;
            s.put_account(
                &Account {
                    password_hash: hash,
                    ..a
                },
                true,
            )
            .map_err(|e| fail(1)(e.to_string()))?;
            audit(&mut s, "password-changed", id);
            eprintln!("changed the password of `{id}`; its sessions have ended");
            Ok(())
        }
    }
}

pub fn serve(args: &ServeArgs, store: Option<&str>) -> i32 {
    // Into the Content-Security-Policy, and where launches come from: origins only.
    for (flag, list) in [
        ("--frame-ancestors", &args.frame_ancestors),
        ("--lms", &args.lms),
    ] {
        for o in list {
            if !touchpoint_results::cmi5::launch::is_origin(o) {
                eprintln!(
                    "error: {flag} {o:?}: expected an origin such as https://lms.example.com (scheme and host, no path)"
                );
                return 2;
            }
        }
    }
    if let Some(c) = args
        .lms_cohort
        .as_deref()
        .filter(|c| !touchpoint_results::record::valid_cohort(c))
    {
        eprintln!(
            "error: --lms-cohort {c:?}: expected a cohort name (1 to 100 characters, no control characters)"
        );
        return 2;
    }
    if !args.scenarios.is_dir() {
        eprintln!(
            "error: {} is not a folder of encounters (give one with --scenarios)",
            args.scenarios.display()
        );
        return 2;
    }
    let location = Location::resolve(store, env);
    // The server never starts without an administrator (and so never with a default
    // password): the first one is created here, on the command line.
    match Store::open(&location).and_then(|s| s.active_accounts_with(Role::Admin)) {
        Ok(0) => {
            eprintln!(
                "error: the store {} has no admin account; create one first:\n  touchpoint users add ID --role admin --password-stdin",
                location.display()
            );
            return 1;
        }
        Ok(_) => {}
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    }
    let mut config = touchpoint_server::Config::new(args.addr, args.scenarios.clone(), location);
    config.secure_cookies = args.secure_cookies || args.tls_cert.is_some();
    config.trusted_proxies = args.trust_proxy.clone();
    if !args.frame_ancestors.is_empty() {
        config.frame_ancestors = Some(args.frame_ancestors.join(" "));
    }
    config.lms_origins = args.lms.clone();
    config.lms_cohort = args.lms_cohort.clone();
    if let (Some(cert), Some(key)) = (&args.tls_cert, &args.tls_key) {
        let tls = touchpoint_server::Tls {
            cert: cert.clone(),
            key: key.clone(),
        };
        // Checked before anything starts: a wrong file is named at once.
        if let Err(e) = tls.server_config() {
            eprintln!("error: {e}");
            return 2;
        }
        config.tls = Some(tls);
    }
    let app = match touchpoint_server::App::open(config) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let lib = app.library();
    for p in &lib.problems {
        eprintln!("{p}");
    }
    let offered = lib.current.len();
    if offered == 0 {
        eprintln!(
            "warning: no encounter in {} loads: trainees will find nothing to play",
            args.scenarios.display()
        );
    }
    drop(lib);
    let scheme = if args.tls_cert.is_some() {
        "https"
    } else {
        "http"
    };
    let done = touchpoint_server::run(app, |addr| {
        eprintln!("serving {offered} encounter(s) on {scheme}://{addr} (Ctrl-C stops)");
    });
    match done {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}
