//! One way to read configuration from the environment.
//!
//! A blank variable counts as unset, and a partial configuration (some of a
//! platform's variables set, a required one missing) is an error naming the missing
//! variable, never a silent fallback to defaults or to a simulator.

use std::collections::BTreeMap;

use crate::Error;

/// The value of `name`, or `None` when it is unset, blank or not valid UTF-8.
///
/// ```
/// std::env::set_var("ANFANG_DOC_BLANK", "  ");
/// assert_eq!(client_core::env::var("ANFANG_DOC_BLANK"), None);
/// ```
pub fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The values of one platform's variables, read by [`group`].
#[derive(Clone, Default, PartialEq, Eq)]
pub struct EnvValues {
    values: BTreeMap<&'static str, String>,
}

impl std::fmt::Debug for EnvValues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Values may be secrets: show which variables are set, never their values.
        f.debug_set().entries(self.values.keys()).finish()
    }
}

impl EnvValues {
    /// The value of a variable that was set (required ones always are).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// The value of a required variable.
    pub fn required(&self, name: &str) -> Result<&str, Error> {
        self.get(name)
            .ok_or_else(|| Error::Config(format!("environment variable {name} is not set")))
    }
}

/// Reads a platform's variables.
///
/// * none of `required` or `optional` is set → `Ok(None)` (the caller may fall back,
///   for example to an embedded simulator);
/// * every one of `required` is set → `Ok(Some(values))`;
/// * some are set but a required one is missing → an error naming each missing one.
///
/// ```
/// use client_core::env;
/// std::env::set_var("DOC_X_URL", "http://127.0.0.1:1");
/// std::env::remove_var("DOC_X_KEY");
/// let err = env::group(&["DOC_X_URL", "DOC_X_KEY"], &[]).unwrap_err();
/// assert!(err.to_string().contains("DOC_X_KEY"));
/// std::env::remove_var("DOC_X_URL");
/// assert!(env::group(&["DOC_X_URL", "DOC_X_KEY"], &[]).unwrap().is_none());
/// ```
pub fn group(
    required: &[&'static str],
    optional: &[&'static str],
) -> Result<Option<EnvValues>, Error> {
    let mut values = BTreeMap::new();
    for name in required.iter().chain(optional) {
        if let Some(v) = var(name) {
            values.insert(*name, v);
        }
    }
    if values.is_empty() {
        return Ok(None);
    }
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|n| !values.contains_key(n))
        .collect();
    if !missing.is_empty() {
        let set: Vec<&str> = values.keys().copied().collect();
        return Err(Error::Config(format!(
            "incomplete environment: {} set but {} not set",
            set.join(", "),
            missing.join(", ")
        )));
    }
    Ok(Some(EnvValues { values }))
}

/// Like [`group`], but the configuration is mandatory: nothing set is an error too.
pub fn require(required: &[&'static str], optional: &[&'static str]) -> Result<EnvValues, Error> {
    group(required, optional)?.ok_or_else(|| {
        Error::Config(format!(
            "environment variables {} are not set",
            required.join(", ")
        ))
    })
}
