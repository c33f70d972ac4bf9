//! Group commit: the writes of requests arriving while the store is busy (attempts
//! started, replies, the results they end with) are written in one transaction, so
//! that one flush to disk stores many of them. Each request still gets its answer
//! only once its own write is committed.
//!
//! No thread of its own: a request queues its write, then takes a connection;
//! whoever holds one next writes everything queued (its own and others') and leaves
//! the outcomes. A request that finds its outcome already there just reads it.

use std::collections::HashMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

use touchpoint_content::encounter::Encounter;
use touchpoint_results::record::AttemptRecord;
use touchpoint_results::store::{LiveAttempt, ServerWrite};

use crate::api::ApiError;
use crate::{App, store};

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

#[derive(Default)]
pub struct Commits {
    queue: Mutex<Queue>,
    /// Told when outcomes are left (for a request whose write another connection of
    /// the pool is committing).
    written: Condvar,
}

#[derive(Default)]
struct Queue {
    next: u64,
    /// Written by nobody yet, with their tickets.
    pending: Vec<(u64, Write)>,
    /// Written: whether each took effect (a reply: false when another request moved
    /// its attempt first), or the store's error.
    done: HashMap<u64, Result<bool, String>>,
}

impl Commits {
    fn queue(&self) -> MutexGuard<'_, Queue> {
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Writes `w` (see `Store::write_together`); returns once it is committed,
    /// saying whether it took effect. Blocking.
    pub fn write(&self, app: &App, w: Write) -> Result<bool, ApiError> {
        let ticket = {
            let mut q = self.queue();
            let t = q.next;
            q.next += 1;
            q.pending.push((t, w));
            t
        };
        let mut s = match &app.writer {
            Some(w) => w.lock().unwrap_or_else(|e| e.into_inner()),
            None => store(app),
        };
        let batch = {
            let mut q = self.queue();
            if let Some(r) = q.done.remove(&ticket) {
                return r.map_err(ApiError::from);
            }
            if !q.pending.iter().any(|(t, _)| *t == ticket) {
                // Another connection is writing it now: wait for its outcome.
                drop(s);
                loop {
                    if let Some(r) = q.done.remove(&ticket) {
                        return r.map_err(ApiError::from);
                    }
                    q = self.written.wait(q).unwrap_or_else(|e| e.into_inner());
                }
            }
            std::mem::take(&mut q.pending)
        };
        let writes: Vec<ServerWrite<'_>> = batch.iter().map(|(_, w)| w.borrowed()).collect();
        let outcome = s.write_together(&writes);
        // The outcomes are left before the connection is let go, so that whoever
        // takes it next finds theirs.
        let mut q = self.queue();
        let mut mine = Err(String::from("the write was not made"));
        for (i, (t, _)) in batch.iter().enumerate() {
            let r = match &outcome {
                Ok(took) => Ok(took.get(i).copied().unwrap_or(false)),
                Err(e) => Err(e.to_string()),
            };
            if *t == ticket {
                mine = r;
            } else {
                q.done.insert(*t, r);
            }
        }
        drop(q);
        drop(s);
        self.written.notify_all();
        mine.map_err(ApiError::from)
    }
}
