//! Group commit: the writes of requests arriving while the store is busy (attempts
//! started, replies, the results they end with) are written in one transaction, so
//! that one flush to disk stores many of them. Each request still gets its answer
//! only once its own write is committed.
//!
//! Writer threads, each with a connection of its own, take whatever is queued and
//! write it together; a request waits for its outcome without holding a thread.
//! One writer on SQLite (a file has one writer at a time) and on PostgreSQL (where
//! a batch is one statement, `Store::write_together`: the fewer and larger the
//! transactions, the less the database works per reply).
//!
//! Reads of sessions go the same way (group reads): the busiest requests begin
//! with the same question (whose session is this, and the attempt it names).

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use touchpoint_content::encounter::Encounter;
use touchpoint_results::record::AttemptRecord;
use touchpoint_results::store::{LiveAttempt, ServerWrite, SessionWith, Store};

use crate::api::ApiError;

/// One request's write (owned, to wait in the queue).
pub enum Write {
    Start(LiveAttempt, Arc<Encounter>),
    Reply {
        attempt: LiveAttempt,
        before: String,
        result: Option<Box<(AttemptRecord, Arc<Encounter>)>>,
    },
}

impl Write {
    fn borrowed(&self) -> ServerWrite<'_> {
        match self {
            Write::Start(a, enc) => ServerWrite::Start(a, enc),
            Write::Reply {
                attempt,
                before,
                result,
            } => ServerWrite::Reply {
                attempt,
                before,
                result: result.as_deref().map(|(r, e)| (r, &**e)),
            },
        }
    }
}

/// Writes committed in one transaction at most (a batch waits for none: it is what
/// queued while the last one was written).
const MOST_WRITES_PER_BATCH: usize = 512;

/// Sessions (with an attempt each) read in one query at most.
const MOST_READS_PER_BATCH: usize = 64;

/// The queue of writes and the threads that commit them: `Store::write_together`;
/// each job learns whether its write took effect (a reply: false when another
/// request moved its attempt first).
pub type Commits = Batches<Write, bool>;

/// Starts group commit: one writer per connection given.
pub fn commits(connections: Vec<Store>) -> Commits {
    Batches::start(
        "writer",
        connections,
        MOST_WRITES_PER_BATCH,
        |store, jobs| {
            let writes: Vec<ServerWrite<'_>> = jobs.iter().map(Write::borrowed).collect();
            let mut outcome = store.write_together(&writes);
            // PostgreSQL may abort one of two transactions that wait for each other
            // (deadlock, 40P01) or conflict (40001): nothing of it was written; again.
            for _ in 0..3 {
                match &outcome {
                    Err(e) if e.0.contains("40P01") || e.0.contains("40001") => {
                        outcome = store.write_together(&writes);
                    }
                    _ => break,
                }
            }
            outcome.map_err(|e| e.to_string())
        },
    )
}

/// A session to read (its token's hash) with the attempt the request is about.
pub type Ask = (String, Option<String>);

/// Group reads: the session (its account, and an attempt) of every request that
/// asked while the last query ran, in one query (`Store::web_sessions_with`). On
/// PostgreSQL a query is a round trip and a wake-up of a server process; a reply
/// costs one query's share instead of one query.
pub type Reads = Batches<Ask, Option<SessionWith>>;

/// Starts group reads: one reader per connection given.
pub fn reads(connections: Vec<Store>) -> Reads {
    Batches::start(
        "reader",
        connections,
        MOST_READS_PER_BATCH,
        |store, asks| {
            let asks: Vec<(&str, Option<&str>)> = asks
                .iter()
                .map(|(t, a)| (t.as_str(), a.as_deref()))
                .collect();
            store.web_sessions_with(&asks).map_err(|e| e.to_string())
        },
    )
}

/// What a batch gives each of its jobs, or the store's error (for all of them).
type Outcome<O> = Result<O, String>;
type Job<J, O> = (J, tokio::sync::oneshot::Sender<Outcome<O>>);
type Work<J, O> = fn(&mut Store, &[J]) -> Result<Vec<O>, String>;

/// Jobs queued by requests, done in batches by threads with connections of their
/// own: each thread takes whatever is queued (up to a limit) and does it at once.
pub struct Batches<J, O> {
    queue: Mutex<Option<Sender<Job<J, O>>>>,
    workers: Mutex<Vec<std::thread::JoinHandle<()>>>,
}

impl<J: Send + 'static, O: Send + 'static> Batches<J, O> {
    /// Starts one thread per connection given.
    fn start(name: &str, connections: Vec<Store>, most: usize, work: Work<J, O>) -> Self {
        let (tx, rx) = channel::<Job<J, O>>();
        let rx = Arc::new(Mutex::new(rx));
        let workers = connections
            .into_iter()
            .enumerate()
            .map(|(i, store)| {
                let rx = rx.clone();
                std::thread::Builder::new()
                    .name(format!("touchpoint-{name}-{i}"))
                    .spawn(move || worker(store, &rx, most, work))
                    .expect("start a store thread")
            })
            .collect();
        Batches {
            queue: Mutex::new(Some(tx)),
            workers: Mutex::new(workers),
        }
    }

    /// Queues `job`; returns its outcome once its batch is done.
    pub async fn run(&self, job: J) -> Result<O, ApiError> {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let sent = self
            .queue
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .as_ref()
            .is_some_and(|q| q.send((job, tx)).is_ok());
        let stopped = || ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "the server is stopping");
        if !sent {
            return Err(stopped());
        }
        rx.await.map_err(|_| stopped())?.map_err(ApiError::from)
    }
}

impl<J, O> Drop for Batches<J, O> {
    /// Lets the threads finish what is queued, then waits for them (their
    /// connections close on their own threads).
    fn drop(&mut self) {
        self.queue.lock().unwrap_or_else(|e| e.into_inner()).take();
        for w in self
            .workers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain(..)
        {
            let _ = w.join();
        }
    }
}

fn worker<J, O>(mut store: Store, rx: &Mutex<Receiver<Job<J, O>>>, most: usize, work: Work<J, O>) {
    loop {
        let batch: Vec<Job<J, O>> = {
            let rx = rx.lock().unwrap_or_else(|e| e.into_inner());
            let Ok(first) = rx.recv() else {
                return;
            };
            std::iter::once(first)
                .chain(std::iter::from_fn(|| rx.try_recv().ok()).take(most - 1))
                .collect()
        };
        let (jobs, answers): (Vec<J>, Vec<_>) = batch.into_iter().unzip();
        let outcome = work(&mut store, &jobs);
        drop(jobs);
        match outcome {
            Ok(outs) if outs.len() == answers.len() => {
                for (out, answer) in outs.into_iter().zip(answers) {
                    let _ = answer.send(Ok(out));
                }
            }
            Ok(_) => {
                for answer in answers {
                    let _ = answer.send(Err("the store answered a batch in part".into()));
                }
            }
            Err(e) => {
                for answer in answers {
                    let _ = answer.send(Err(e.clone()));
                }
            }
        }
    }
}
