//! The vocabulary every embedded simulator shares: one fault-injection language and
//! one request log, so the four simulators look alike (`Simulator::builder()` …
//! `.start().await?`, a fallible `client()`, `inject`, `requests`).

use std::sync::Mutex;
use std::time::Duration;

use bytes::Bytes;

/// Requests a [`RequestLog`] keeps at most (the oldest are dropped first).
pub const LOG_CAPACITY: usize = 10_000;

/// The credentials a simulator accepts (TUMS AK/SK, Hongtu app key/secret, MCS8
/// user name/password), as every simulator's `credentials()` returns them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimCredentials {
    /// The identity: access key, app key or user name.
    pub id: String,
    /// The secret: secret key, signing secret or password.
    pub secret: crate::Secret,
}

/// A fault a simulator can inject into its answers.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Answer after this extra delay.
    Latency(Duration),
    /// Answer with this HTTP status and an HTML error page (a gateway's answer).
    Http(u16),
    /// Answer HTTP 200 with this vendor error code in the platform's envelope.
    VendorCode(i64),
    /// The platform's documented "busy, try again" code.
    Busy,
    /// Over the platform's rate limit: HTTP 429 with this `Retry-After` (seconds).
    RateLimited {
        /// The `Retry-After` header sent, if any.
        retry_after_secs: Option<u64>,
    },
    /// Answer HTTP 200 with this body as is (truncated or non-JSON answers).
    Body(String),
}

/// Where and how often a [`Fault`] applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultRule {
    /// The fault.
    pub fault: Fault,
    /// Only requests to this path (or WebSocket URI); `None` = every request.
    pub path: Option<String>,
    /// How many matching requests it applies to; `None` = until cleared.
    pub times: Option<usize>,
}

impl FaultRule {
    /// A rule for every request, until cleared.
    pub fn new(fault: Fault) -> Self {
        Self {
            fault,
            path: None,
            times: None,
        }
    }

    /// Only for requests to `path`.
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Only for the next `n` matching requests.
    pub fn times(mut self, n: usize) -> Self {
        self.times = Some(n);
        self
    }
}

/// The faults a simulator will inject, in the order they were added.
#[derive(Debug, Default)]
pub struct FaultPlan {
    rules: Mutex<Vec<FaultRule>>,
}

impl FaultPlan {
    /// Adds a rule.
    pub fn inject(&self, rule: FaultRule) {
        if let Ok(mut rules) = self.rules.lock() {
            rules.push(rule);
        }
    }

    /// Removes every rule.
    pub fn clear(&self) {
        if let Ok(mut rules) = self.rules.lock() {
            rules.clear();
        }
    }

    /// The fault for a request to `path`, if a rule matches (its count is used up by
    /// one).
    pub fn take(&self, path: &str) -> Option<Fault> {
        let mut rules = self.rules.lock().ok()?;
        let i = rules
            .iter()
            .position(|r| r.path.as_deref().is_none_or(|p| p == path))?;
        let fault = rules[i].fault.clone();
        match &mut rules[i].times {
            Some(n) if *n <= 1 => {
                rules.remove(i);
            }
            Some(n) => *n -= 1,
            None => {}
        }
        Some(fault)
    }
}

/// One request a simulator received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// HTTP method (`WS` for WebSocket frames).
    pub method: String,
    /// Path (or WebSocket URI).
    pub path: String,
    /// Query string without `?`.
    pub query: Option<String>,
    /// Request headers.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Bytes,
    /// What the simulator decided (`ok`, `signature mismatch`, `fault: …`).
    pub verdict: String,
}

impl RecordedRequest {
    /// A record of an HTTP request as a simulator received it (header names
    /// lower-case, values that are not text kept empty).
    pub fn from_http(
        method: &http::Method,
        url: &url::Url,
        headers: &http::HeaderMap,
        body: &[u8],
        verdict: impl Into<String>,
    ) -> Self {
        Self {
            method: method.to_string(),
            path: url.path().to_owned(),
            query: url.query().map(str::to_owned),
            headers: headers
                .iter()
                .map(|(n, v)| {
                    (
                        n.as_str().to_ascii_lowercase(),
                        v.to_str().unwrap_or_default().to_owned(),
                    )
                })
                .collect(),
            body: Bytes::copy_from_slice(body),
            verdict: verdict.into(),
        }
    }

    /// A header's value, by name (ASCII case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The requests a simulator received, bounded to [`LOG_CAPACITY`].
#[derive(Debug, Default)]
pub struct RequestLog {
    entries: Mutex<std::collections::VecDeque<RecordedRequest>>,
}

impl RequestLog {
    /// Records a request.
    pub fn record(&self, request: RecordedRequest) {
        if let Ok(mut e) = self.entries.lock() {
            if e.len() >= LOG_CAPACITY {
                e.pop_front();
            }
            e.push_back(request);
        }
    }

    /// Every request kept, oldest first.
    pub fn all(&self) -> Vec<RecordedRequest> {
        self.entries
            .lock()
            .map(|e| e.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// The requests to `path`, oldest first.
    pub fn to(&self, path: &str) -> Vec<RecordedRequest> {
        self.entries
            .lock()
            .map(|e| e.iter().filter(|r| r.path == path).cloned().collect())
            .unwrap_or_default()
    }

    /// How many requests to `path` were kept.
    pub fn count(&self, path: &str) -> usize {
        self.entries
            .lock()
            .map(|e| e.iter().filter(|r| r.path == path).count())
            .unwrap_or_default()
    }

    /// Forgets every request.
    pub fn clear(&self) {
        if let Ok(mut e) = self.entries.lock() {
            e.clear();
        }
    }
}

/// Generates the simulator methods every platform shares — `inject`, `clear_faults`,
/// `requests`, `requests_to`, `clear_requests` — over a [`FaultPlan`] and a
/// [`RequestLog`] field (given as field paths), so the four simulators have one
/// vocabulary. Attributes before the first argument (a doc comment saying how the
/// platform answers each [`Fault`]) go on `inject`; the last argument names the
/// simulator type for the generated examples.
///
/// ```
/// use client_core::sim::{Fault, FaultPlan, FaultRule, RequestLog};
/// struct Shared { faults: FaultPlan, log: RequestLog }
/// pub struct Sim { shared: Shared }
/// impl Sim {
///     client_core::simulator_methods!(
///         /// Injects a fault.
///         shared.faults, shared.log, "Sim"
///     );
/// }
/// let sim = Sim { shared: Shared { faults: FaultPlan::default(), log: RequestLog::default() } };
/// sim.inject(FaultRule::new(Fault::Busy).times(1));
/// assert!(sim.requests().is_empty());
/// ```
#[macro_export]
macro_rules! simulator_methods {
    ($(#[$inject_doc:meta])* $($faults:ident).+, $($log:ident).+, $sim:literal $(,)?) => {
        $(#[$inject_doc])*
        pub fn inject(&self, rule: $crate::sim::FaultRule) {
            self.$($faults).+.inject(rule);
        }

        /// Removes every injected fault.
        ///
        #[doc = concat!("```no_run\n# fn demo(sim: ", $sim, ") {\nsim.clear_faults();\n# }\n```")]
        pub fn clear_faults(&self) {
            self.$($faults).+.clear();
        }

        /// Every request received, oldest first (the last
        /// [`LOG_CAPACITY`](client_core::sim::LOG_CAPACITY) are kept).
        ///
        #[doc = concat!("```no_run\n# fn demo(sim: ", $sim, ") {\nfor r in sim.requests() {\n    println!(\"{} {} → {}\", r.method, r.path, r.verdict);\n}\n# }\n```")]
        pub fn requests(&self) -> Vec<$crate::sim::RecordedRequest> {
            self.$($log).+.all()
        }

        /// The requests received for `path` (or WebSocket URI), oldest first.
        ///
        #[doc = concat!("```no_run\n# fn demo(sim: ", $sim, ") {\nlet n = sim.requests_to(\"/some/path\").len();\n# let _ = n;\n# }\n```")]
        pub fn requests_to(&self, path: &str) -> Vec<$crate::sim::RecordedRequest> {
            self.$($log).+.to(path)
        }

        /// Forgets the requests received so far.
        ///
        #[doc = concat!("```no_run\n# fn demo(sim: ", $sim, ") {\nsim.clear_requests();\nassert!(sim.requests().is_empty());\n# }\n```")]
        pub fn clear_requests(&self) {
            self.$($log).+.clear();
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_match_by_path_and_count_down() {
        let plan = FaultPlan::default();
        plan.inject(FaultRule::new(Fault::Http(503)).path("/a").times(2));
        assert_eq!(plan.take("/b"), None);
        assert_eq!(plan.take("/a"), Some(Fault::Http(503)));
        assert_eq!(plan.take("/a"), Some(Fault::Http(503)));
        assert_eq!(plan.take("/a"), None);
        plan.inject(FaultRule::new(Fault::Busy));
        assert_eq!(plan.take("/z"), Some(Fault::Busy));
        assert_eq!(plan.take("/z"), Some(Fault::Busy));
        plan.clear();
        assert_eq!(plan.take("/z"), None);
    }

    #[test]
    fn the_log_is_bounded() {
        let log = RequestLog::default();
        for i in 0..LOG_CAPACITY + 5 {
            log.record(RecordedRequest {
                method: "GET".into(),
                path: format!("/{}", i % 2),
                query: None,
                headers: vec![],
                body: Bytes::new(),
                verdict: "ok".into(),
            });
        }
        assert_eq!(log.all().len(), LOG_CAPACITY);
        assert_eq!(log.count("/0") + log.count("/1"), LOG_CAPACITY);
    }
}
