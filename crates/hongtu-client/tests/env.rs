//! `Client::from_env`: blank counts as unset, a partial configuration names what is
//! missing, a complete one builds. One test: it owns the HONGTU_* variables of this
//! process.

use hongtu_client::client::{ENV_ACCEPT_INVALID_CERTS, ENV_APP_KEY, ENV_BASE_URL, ENV_SECRET};
use hongtu_client::Client;

#[test]
fn from_env_names_the_missing_variable() {
    for v in [
        ENV_BASE_URL,
        ENV_APP_KEY,
        ENV_SECRET,
        ENV_ACCEPT_INVALID_CERTS,
    ] {
        std::env::remove_var(v);
    }
    let err = Client::from_env().unwrap_err().to_string();
    assert!(err.contains(ENV_BASE_URL), "{err}");

    std::env::set_var(ENV_BASE_URL, "http://127.0.0.1:9");
    std::env::set_var(ENV_APP_KEY, "  ");
    let err = Client::from_env().unwrap_err().to_string();
    assert!(
        err.contains(ENV_APP_KEY) && err.contains(ENV_SECRET),
        "blank counts as unset: {err}"
    );

    std::env::set_var(ENV_APP_KEY, "appkey1");
    std::env::set_var(ENV_SECRET, "s3cret-value");
    std::env::set_var(ENV_ACCEPT_INVALID_CERTS, "1");
    let client = Client::from_env().unwrap();
    assert_eq!(client.app_key(), "appkey1");
    assert_eq!(client.base_url().as_str(), "http://127.0.0.1:9/");
    assert!(!format!("{client:?}").contains("s3cret-value"));
}
