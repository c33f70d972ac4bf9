//! The course server as a trainee uses it: in a real browser (headless Chromium,
//! driven over the DevTools protocol by chromiumoxide). Tests only; run by
//! `tests/web_screenshot.sh OUTDIR` and `.ci/run`, which set `TOUCHPOINT_WEB_SHOTS`
//! to keep the screenshots. Chromium is `$CHROMIUM`, else `/usr/bin/chromium`.

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};
    use std::time::{Duration, Instant};

    use chromiumoxide::browser::{Browser, BrowserConfig};
    use chromiumoxide::cdp::browser_protocol::emulation::SetDeviceMetricsOverrideParams;
    use chromiumoxide::cdp::browser_protocol::input::InsertTextParams;
    use chromiumoxide::page::{Page, ScreenshotParams};
    use futures::StreamExt;
    use touchpoint_results::store::{Account, Location, Role, Store};
    use touchpoint_server::accounts::hash_password;
    use touchpoint_server::{Config, spawn};

    const PASSWORD: &str = "correct horse battery";

    fn repository() -> PathBuf {
        let here = Path::new(env!("CARGO_MANIFEST_DIR"));
        here.ancestors().nth(2).unwrap_or(here).to_path_buf()
    }

    fn chromium() -> Option<PathBuf> {
        let path = std::env::var_os("CHROMIUM")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
        if path.exists() {
            return Some(path);
        }
        assert!(
            std::env::var("CI").is_err(),
            "CI needs Chromium (apt-get install chromium) or CHROMIUM set"
        );
        eprintln!(
            "no Chromium at {}: the browser tests did not run",
            path.display()
        );
        None
    }

    fn shots() -> Option<PathBuf> {
        let dir = PathBuf::from(std::env::var_os("TOUCHPOINT_WEB_SHOTS")?);
        std::fs::create_dir_all(&dir).ok()?;
        Some(dir)
    }

    /// Saves a screenshot: the whole page on the desktop; on the phone what the screen
    /// shows (a whole-page shot resizes the viewport, which would undo the phone's).
    async fn shot(page: &Page, name: &str) {
        if let Some(dir) = shots() {
            let phone = eval::<bool>(page, "window.innerWidth < 600").await;
            let png = page
                .screenshot(ScreenshotParams::builder().full_page(!phone).build())
                .await
                .unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
            std::fs::write(dir.join(name), png).unwrap();
        }
    }

    /// axe-core's script: `$AXE_CORE`, else `target/axe/node_modules/axe-core/axe.min.js`
    /// (where `.ci/run` installs it with npm). CI must have it.
    fn axe_source() -> Option<String> {
        let path = std::env::var_os("AXE_CORE")
            .map(PathBuf::from)
            .unwrap_or_else(|| repository().join("target/axe/node_modules/axe-core/axe.min.js"));
        match std::fs::read_to_string(&path) {
            Ok(s) => Some(s),
            Err(e) => {
                assert!(
                    std::env::var("CI").is_err(),
                    "CI needs axe-core at {} ({e}): npm install --prefix target/axe axe-core@4",
                    path.display()
                );
                eprintln!(
                    "no axe-core at {}: the accessibility checks did not run",
                    path.display()
                );
                None
            }
        }
    }

    /// Runs axe-core's WCAG 2 A and AA rules (contrast, labels, names, language…) on
    /// the page as it is now, and fails on any violation, naming the rule and the
    /// elements.
    async fn accessible(page: &Page, what: &str) {
        let Some(axe) = axe_source() else {
            return;
        };
        // Evaluated over the DevTools protocol, not loaded by the page: the page's
        // Content-Security-Policy (no inline script) stays as it is.
        page.evaluate(axe.as_str())
            .await
            .unwrap_or_else(|e| panic!("load axe-core: {e}"));
        let violations: Vec<String> = eval(
            page,
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(r => r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ` +
                 v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.any[0] ? ' [' + n.any[0].message + ']' : '')).join('; ')))",
        )
        .await;
        assert!(
            violations.is_empty(),
            "{what}: accessibility violations:\n{}",
            violations.join("\n")
        );
    }

    /// Evaluates `js` in the page and reads the value back.
    async fn eval<T: serde::de::DeserializeOwned>(page: &Page, js: &str) -> T {
        page.evaluate(js)
            .await
            .unwrap_or_else(|e| panic!("{js}: {e}"))
            .into_value()
            .unwrap_or_else(|e| panic!("{js}: {e}"))
    }

    /// Waits until `js` is true in the page (at most 15 s). While the page is being
    /// replaced (a navigation), evaluating fails: that is "not yet".
    async fn until(page: &Page, js: &str) {
        let start = Instant::now();
        loop {
            let done = match page.evaluate(js).await {
                Ok(v) => v.into_value::<bool>().unwrap_or(false),
                Err(_) => false,
            };
            if done {
                return;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "waited 15 s for {js}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn step(page: &Page) -> u64 {
        match page
            .evaluate("document.getElementById('play')?.dataset.step || '0'")
            .await
        {
            Ok(v) => v
                .into_value::<String>()
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0),
            Err(_) => 0,
        }
    }

    /// Clicks the element `selector` finds.
    async fn click(page: &Page, selector: impl Into<String>) {
        clicked(page, &selector.into()).await;
    }

    /// The element `selector` finds, clicked. A page still loading may replace its
    /// nodes between the finding and the click (the browser answers "Could not find
    /// node with given id"): then it is found again, for up to 5 s.
    async fn clicked(page: &Page, selector: &str) -> chromiumoxide::element::Element {
        let start = Instant::now();
        loop {
            let tried = match page.find_element(selector).await {
                Ok(el) => match el.click().await {
                    Ok(_) => Ok(el),
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            match tried {
                Ok(el) => return el,
                Err(e) if start.elapsed() < Duration::from_secs(5) => {
                    eprintln!("{selector}: {e}; finding it again");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("click {selector}: {e}"),
            }
        }
    }

    /// Signs out (the header's button), then in as `id`.
    async fn switch_to(page: &Page, id: &str) {
        click(page, "#signout").await;
        until(page, "document.body.dataset.page === 'signin'").await;
        sign_in(page, id).await;
    }

    /// Signs in through the form.
    async fn sign_in(page: &Page, id: &str) {
        until(page, "!!document.getElementById('signin-form')").await;
        clicked(page, "#id").await.type_str(id).await.unwrap();
        clicked(page, "#password")
            .await
            .type_str(PASSWORD)
            .await
            .unwrap()
            .press_key("Enter")
            .await
            .unwrap();
        until(page, "document.body.dataset.page === 'course'").await;
    }

    /// Plays `scenario` from the course page to the debrief, replying with the first
    /// reply on offer each time: by the keyboard, or by tapping the button. Returns
    /// the attempt id and the score the debrief shows.
    async fn play(
        page: &Page,
        scenario: &str,
        by_keyboard: bool,
        mid_shot: Option<&str>,
    ) -> (String, String) {
        click(page, format!(r#"button.start[data-scenario="{scenario}"]"#)).await;
        until(page, "document.querySelectorAll('button.reply').length > 0").await;
        if let Some(name) = mid_shot {
            shot(page, name).await;
            accessible(page, "the encounter").await;
        }
        to_debrief(page, by_keyboard).await
    }

    /// From an encounter on screen to its debrief, the first reply on offer each
    /// time; the attempt id and the score the debrief shows.
    async fn to_debrief(page: &Page, by_keyboard: bool) -> (String, String) {
        let id: String = eval(page, "document.getElementById('play').dataset.attempt").await;
        for _ in 0..60 {
            if eval::<bool>(page, "!!document.querySelector('.debrief')").await {
                break;
            }
            let before = step(page).await;
            let first = page.find_element("button.reply").await.unwrap();
            if by_keyboard {
                first.press_key("1").await.unwrap();
            } else {
                first.click().await.unwrap();
            }
            let start = Instant::now();
            while step(page).await == before {
                assert!(
                    start.elapsed() < Duration::from_secs(15),
                    "no answer to a reply"
                );
                tokio::time::sleep(Duration::from_millis(30)).await;
            }
        }
        until(page, "!!document.querySelector('.debrief .score')").await;
        let score: String = eval(
            page,
            "document.querySelector('.debrief .score').textContent",
        )
        .await;
        (id, score)
    }

    /// Review (screenshot of the debrief): the radar's long English labels ran past
    /// the chart's edges and were cut. Every label is drawn inside the chart.
    async fn radar_labels_inside(page: &Page) {
        let outside: Vec<String> = eval(
            page,
            "(() => { const s = document.querySelector('.debrief svg.radar');
                if (!s) return ['no radar on the debrief'];
                const v = s.viewBox.baseVal;
                return [...s.querySelectorAll('text')].filter(t => {
                  const b = t.getBBox();
                  return b.x < v.x || b.y < v.y || b.x + b.width > v.x + v.width
                    || b.y + b.height > v.y + v.height;
                }).map(t => t.textContent); })()",
        )
        .await;
        assert!(
            outside.is_empty(),
            "radar labels cut at the chart's edge: {outside:?}"
        );
    }

    /// The score the API has for an attempt (through the page's own session).
    async fn api_score(page: &Page, id: &str) -> String {
        let js = format!(
            "fetch('/api/attempts/{id}').then(r => r.json()).then(v => String(v.result.score))"
        );
        page.evaluate(js.as_str())
            .await
            .unwrap()
            .into_value()
            .unwrap()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_trainee_plays_by_keyboard_and_by_touch_in_both_languages() {
        let Some(chromium) = chromium() else {
            return;
        };
        let d = tempfile::tempdir().unwrap();
        let loc = Location::Sqlite(d.path().join("store.sqlite3"));
        let mut s = Store::open(&loc).unwrap();
        for (id, name, role) in [
            ("wang", "王小明", Role::Trainee),
            ("zhou", "周老师", Role::Instructor),
            ("boss", "张经理", Role::Admin),
        ] {
            s.put_account(
                &Account {
                    id: id.into(),
                    name: name.into(),
                    role,
                    cohorts: vec!["2026春".into()],
                    password_hash: hash_password(PASSWORD).unwrap(),
                    disabled: false,
                    created_ms: 0,
                },
                false,
            )
            .unwrap();
        }
        drop(s);
        let server = spawn(
            Config::new(
                "127.0.0.1:0".parse().unwrap(),
                repository().join("scenarios"),
                loc,
            ),
            2,
        )
        .unwrap();
        let profile = tempfile::tempdir().unwrap();
        let (mut browser, mut handler) = Browser::launch(
            BrowserConfig::builder()
                .chrome_executable(chromium)
                .user_data_dir(profile.path())
                .no_sandbox()
                .window_size(1280, 900)
                .arg("--lang=en-US")
                .arg("--accept-lang=en-US")
                .build()
                .unwrap(),
        )
        .await
        .expect("launch Chromium");
        let events = tokio::spawn(async move { while handler.next().await.is_some() {} });

        // Desktop, English (the browser's language), by keyboard.
        let page = browser
            .new_page(format!("{}/signin", server.url()))
            .await
            .unwrap();
        until(&page, "!!document.getElementById('signin-form')").await;
        shot(&page, "web-signin.png").await;
        accessible(&page, "the sign-in page").await;
        sign_in(&page, "wang").await;
        let lang: String = eval(&page, "document.documentElement.lang").await;
        assert_eq!(lang, "en-US");
        shot(&page, "web-course.png").await;
        accessible(&page, "the course page").await;
        let (id, score) = play(&page, "ringback_complaint", true, Some("web-encounter.png")).await;
        shot(&page, "web-debrief.png").await;
        accessible(&page, "the debrief").await;
        assert_eq!(
            score,
            api_score(&page, &id).await,
            "the debrief shows the server's score"
        );
        let failed: bool = eval(&page, "!!document.querySelector('.verdict.bad')").await;
        assert!(
            failed,
            "the first reply every time fails ringback_complaint"
        );
        radar_labels_inside(&page).await;

        // Phone size (390×844), Chinese, by touch.
        let phone = browser
            .new_page(format!("{}/signin", server.url()))
            .await
            .unwrap();
        phone
            .execute(
                SetDeviceMetricsOverrideParams::builder()
                    .width(390)
                    .height(844)
                    .device_scale_factor(2.0)
                    .mobile(true)
                    .build()
                    .unwrap(),
            )
            .await
            .unwrap();
        // Still signed in (the same browser): switch to Chinese on the course page.
        phone
            .goto(format!("{}/lang?to=zh-CN&back=/", server.url()))
            .await
            .unwrap();
        until(&phone, "document.body.dataset.page === 'course'").await;
        let width: u32 = eval(&phone, "window.innerWidth").await;
        assert_eq!(width, 390, "the phone's screen");
        // Nothing is wider than the screen (no sideways scrolling).
        let wide: bool = eval(
            &phone,
            "document.documentElement.scrollWidth > window.innerWidth",
        )
        .await;
        assert!(!wide, "the course page is wider than a phone");
        let lang: String = eval(&phone, "document.documentElement.lang").await;
        assert_eq!(lang, "zh-CN");
        let (id, score) = play(
            &phone,
            "hall_dispute_escalation",
            false,
            Some("web-encounter-zh.png"),
        )
        .await;
        let width: u32 = eval(&phone, "window.innerWidth").await;
        assert_eq!(width, 390, "still the phone's screen after playing");
        let wide: bool = eval(
            &phone,
            "document.documentElement.scrollWidth > window.innerWidth",
        )
        .await;
        assert!(!wide, "the debrief is wider than a phone");
        shot(&phone, "web-phone.png").await;
        radar_labels_inside(&phone).await;
        accessible(&phone, "the debrief on a phone, in Chinese").await;
        assert_eq!(score, api_score(&phone, &id).await);
        // Every control is reachable by keyboard and labelled: the sign-in inputs have
        // labels, replies are buttons.
        let unlabelled: u32 = eval(
            &phone,
            "[...document.querySelectorAll('input')].filter(i => !document.querySelector(`label[for=\"${i.id}\"]`)).length",
        )
        .await;
        assert_eq!(unlabelled, 0);

        // An attempt left open, then the instructor watches the cohort.
        phone.goto(format!("{}/", server.url())).await.unwrap();
        until(&phone, "document.body.dataset.page === 'course'").await;
        click(&phone, r#"button.start[data-scenario="car_parts_price"]"#).await;
        until(
            &phone,
            "document.querySelectorAll('button.reply').length > 0",
        )
        .await;
        let open: String = eval(&phone, "document.getElementById('play').dataset.attempt").await;
        // Back to the desktop tab (a tab in the background does not run its page).
        phone.close().await.unwrap();
        page.bring_to_front().await.unwrap();
        page.goto(format!("{}/", server.url())).await.unwrap();
        until(&page, "!!document.getElementById('signout')").await;
        switch_to(&page, "zhou").await;
        page.goto(format!("{}/cohorts", server.url()))
            .await
            .unwrap();
        until(&page, "document.body.dataset.page === 'cohorts'").await;
        let listed: bool = eval(
            &page,
            &format!("!!document.querySelector('a[href=\"/attempt/{open}\"]')"),
        )
        .await;
        assert!(
            listed,
            "the attempt in progress is on the instructor's page"
        );
        // The framed report has loaded (its own document, no script).
        until(
            &page,
            "(() => { const f = document.querySelector('iframe.report'); return !!(f && f.contentDocument && f.contentDocument.querySelector('h1')); })()",
        )
        .await;
        shot(&page, "web-instructor.png").await;
        accessible(&page, "the instructor's cohort page").await;
        // Into one trainee: their attempts, the finished ones opening on the debrief.
        click(&page, r#"a[href="/cohorts/trainee/wang"]"#).await;
        until(&page, "document.body.dataset.page === 'history'").await;
        let links: u32 = eval(
            &page,
            "document.querySelectorAll('a[href^=\"/attempt/\"]').length",
        )
        .await;
        assert!(
            links >= 3,
            "wang's two finished attempts and the open one: {links}"
        );
        shot(&page, "web-trainee.png").await;
        accessible(&page, "one trainee's attempts").await;

        // The admin adds an account from the page; its password is shown once.
        switch_to(&page, "boss").await;
        page.goto(format!("{}/admin", server.url())).await.unwrap();
        until(&page, "document.body.dataset.page === 'admin'").await;
        accessible(&page, "the accounts page").await;
        clicked(&page, "#new-id")
            .await
            .type_str("li.na")
            .await
            .unwrap();
        // Chinese comes as an input method gives it: inserted text, not key presses.
        for (field, text) in [("#new-name", "李娜"), ("#new-cohorts", "2026春")] {
            click(&page, field).await;
            page.execute(InsertTextParams::new(text)).await.unwrap();
        }
        click(&page, "#add-account button[type=submit]").await;
        until(
            &page,
            "document.getElementById('admin-result').textContent.startsWith('li.na: ')",
        )
        .await;
        let shown: String =
            eval(&page, "document.getElementById('admin-result').textContent").await;
        // The password ends the line (after a space in English, a full-width colon
        // in Chinese).
        let password: String = shown
            .chars()
            .rev()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert_eq!(password.len(), 14, "{shown}");
        shot(&page, "web-admin.png").await;
        let stored = Store::open(&Location::Sqlite(d.path().join("store.sqlite3")))
            .unwrap()
            .account("li.na")
            .unwrap()
            .expect("the account added from the page");
        assert_eq!(stored.name, "李娜");
        assert_eq!(stored.cohorts, vec!["2026春".to_string()]);
        assert!(touchpoint_server::accounts::verify_password(
            &password,
            &stored.password_hash
        ));

        browser.close().await.unwrap();
        let _ = browser.wait().await;
        events.abort();
    }

    /// Issue 17: an encounter launched from an LMS (the test LMS of
    /// `touchpoint-cmi5-lms`, on another site) in a real browser: the LMS's link
    /// leads through the launch to the player, the trainee plays by keyboard, the
    /// debrief leads back to the LMS, and the LMS has received a complete, valid,
    /// correctly ordered cmi5 sequence.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_launch_from_the_lms_plays_in_chromium_and_the_lms_gets_a_valid_sequence() {
        use touchpoint_cmi5_lms::lms::{TestLms, cmi5_problems, launch_data, learner};
        let Some(chromium) = chromium() else {
            return;
        };
        let d = tempfile::tempdir().unwrap();
        let loc = Location::Sqlite(d.path().join("store.sqlite3"));
        drop(Store::open(&loc).unwrap());
        let lms = TestLms::start(launch_data("Normal"));
        let mut config = Config::new(
            "127.0.0.1:0".parse().unwrap(),
            repository().join("scenarios"),
            loc.clone(),
        );
        config.lms_origins = vec![lms.base().to_string()];
        let server = spawn(config, 2).unwrap();
        let au = touchpoint_results::xapi::encounter_activity_id(
            touchpoint_results::xapi::DEFAULT_BASE,
            "ringback_complaint",
        );
        let launch = lms.launch(&au, &learner("王小明"));
        let profile = tempfile::tempdir().unwrap();
        let (mut browser, mut handler) = Browser::launch(
            BrowserConfig::builder()
                .chrome_executable(chromium)
                .user_data_dir(profile.path())
                .no_sandbox()
                .window_size(1280, 900)
                .arg("--lang=zh-CN")
                .arg("--accept-lang=zh-CN")
                .build()
                .unwrap(),
        )
        .await
        .expect("launch Chromium");
        let events = tokio::spawn(async move { while handler.next().await.is_some() {} });
        // The LMS's page is another site (localhost, the server 127.0.0.1): its link
        // is a cross-site navigation, as from a real LMS.
        let lms_site = lms.base().replace("127.0.0.1", "localhost");
        let page = browser.new_page(format!("{lms_site}/")).await.unwrap();
        let to = format!(
            "{}/cmi5/launch?scenario=ringback_complaint&{}",
            server.url(),
            launch.query
        );
        page.evaluate(format!("location.href = {}", serde_json::json!(to)).as_str())
            .await
            .unwrap();
        until(
            &page,
            "document.querySelectorAll('button.reply').length > 0",
        )
        .await;
        let path: String = eval(&page, "location.pathname").await;
        assert!(path.starts_with("/play/"), "{path}");
        let nav: u32 = eval(
            &page,
            "document.querySelectorAll('header nav a[href=\"/history\"]').length",
        )
        .await;
        assert_eq!(
            nav, 0,
            "an LMS session reaches its attempt only: no course links"
        );
        let (id, score) = to_debrief(&page, true).await;
        assert_eq!(score, api_score(&page, &id).await);
        let back: String = eval(&page, "document.querySelector('.debrief .actions a').href").await;
        assert_eq!(back, launch.launch_data["returnURL"].as_str().unwrap());
        shot(&page, "web-lms-debrief.png").await;
        accessible(&page, "the debrief of a launch from an LMS").await;
        // The LMS's statements: initialized at the start, the rest at the end.
        let until_done = Instant::now() + Duration::from_secs(15);
        let statements = loop {
            let s = lms.statements_of(&launch);
            let ended = s
                .last()
                .is_some_and(|s| s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/terminated");
            if ended || Instant::now() > until_done {
                break s;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let verbs: Vec<&str> = statements
            .iter()
            .map(|s| {
                s["verb"]["id"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
            })
            .collect();
        assert_eq!(verbs.first(), Some(&"initialized"), "{verbs:?}");
        assert_eq!(verbs.last(), Some(&"terminated"), "{verbs:?}");
        assert!(
            verbs.contains(&"answered") && verbs.contains(&"completed"),
            "{verbs:?}"
        );
        let problems = cmi5_problems(&statements, &launch, &launch.launch_data);
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(lms.fetch_calls(&launch), 1);

        browser.close().await.unwrap();
        let _ = browser.wait().await;
        events.abort();
    }
}
