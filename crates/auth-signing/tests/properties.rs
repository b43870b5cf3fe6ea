//! Property tests for the signing invariants.

use auth_signing::{hongtu, lenfocus, mcs8, tums};
use proptest::prelude::*;

fn is_lower_hex(s: &str, len: usize) -> bool {
    s.len() == len
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

proptest! {
    /// The Lenfocus signature ignores the order in which parameters are given.
    #[test]
    fn lenfocus_key_order_independent(params in proptest::collection::btree_map("[a-z]{1,8}", "[A-Za-z0-9]{0,12}", 0..8), secret in "[A-Z0-9]{0,16}", seed in any::<u64>()) {
        let forward: Vec<(String, String)> = params.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let mut shuffled = forward.clone();
        // Deterministic shuffle from the seed.
        let n = shuffled.len();
        if n > 1 {
            for i in 0..n {
                let j = ((seed >> (i % 64)) as usize + i * 7) % n;
                shuffled.swap(i, j);
            }
        }
        prop_assert_eq!(lenfocus::param_signature(forward, &secret), lenfocus::param_signature(shuffled, &secret));
    }

    /// Empty and whitespace-only values are dropped: adding one changes nothing.
    #[test]
    fn lenfocus_empty_values_dropped(params in proptest::collection::btree_map("[a-m]{1,6}", "[A-Za-z0-9]{1,10}", 0..6), extra_key in "[n-z]{1,6}", blank in "[ \t]{0,3}", secret in "[A-Z0-9]{0,8}") {
        let base: Vec<(String, String)> = params.into_iter().collect();
        let mut with_blank = base.clone();
        with_blank.push((extra_key, blank));
        prop_assert_eq!(lenfocus::param_signature(base, &secret), lenfocus::param_signature(with_blank, &secret));
    }

    /// Lenfocus signatures are 32 upper-case hex digits and deterministic.
    #[test]
    fn lenfocus_format(params in proptest::collection::btree_map("[a-z]{1,6}", ".{0,10}", 0..6), secret in ".{0,10}") {
        let a = lenfocus::param_signature(params.clone(), &secret);
        let b = lenfocus::param_signature(params, &secret);
        prop_assert_eq!(&a, &b);
        prop_assert!(a.len() == 32 && a.bytes().all(|c| c.is_ascii_digit() || (b'A'..=b'F').contains(&c)));
    }

    /// The TUMS header always follows the seed's grammar and parses back to its parts.
    #[test]
    fn tums_header_grammar(ts in 1_000_000_000i64..=9_999_999_999, nonce in "[0-9a-f]{32}", ak in "[A-Za-z0-9]{1,40}", tid in "[A-Za-z0-9_-]{1,64}", body in ".{0,64}", sk in ".{0,32}") {
        let sig = tums::sign(
            &tums::TumsRequest { method: "POST", path: "/tums/open/x", payload: body.as_bytes() },
            &tums::TumsCredentials { access_key: &ak, secret_key: &sk, terminal_id: &tid },
            ts,
            &nonce,
        ).unwrap();
        prop_assert!(!sig.header_value.contains(' '));
        let p = tums::parse_header(&sig.header_value).unwrap();
        prop_assert_eq!(p.timestamp, ts.to_string());
        prop_assert_eq!(p.nonce, nonce);
        prop_assert_eq!(p.access_key, ak);
        prop_assert_eq!(p.terminal_id, tid);
        prop_assert!(is_lower_hex(&p.signature, 64));
        let req = tums::TumsRequest { method: "POST", path: "/tums/open/x", payload: body.as_bytes() };
        let verified = tums::verify(&req, &sk, &ts.to_string(), &sig.signature);
        prop_assert!(verified);
    }

    /// Any change to the TUMS body changes the signature.
    #[test]
    fn tums_body_bound(body in "[a-z]{1,32}", flip in 0usize..32) {
        let creds = tums::TumsCredentials { access_key: "a", secret_key: "s", terminal_id: "t" };
        let mut other = body.clone().into_bytes();
        let i = flip % other.len();
        other[i] = if other[i] == b'z' { b'a' } else { other[i] + 1 };
        let a = tums::sign(&tums::TumsRequest { method: "POST", path: "/p", payload: body.as_bytes() }, &creds, 1_700_000_000, "n").unwrap();
        let b = tums::sign(&tums::TumsRequest { method: "POST", path: "/p", payload: &other }, &creds, 1_700_000_000, "n").unwrap();
        prop_assert_ne!(a.signature, b.signature);
    }

    /// Hongtu csign is deterministic 32-digit lower-case hex and depends on the nonce.
    #[test]
    fn hongtu_format_and_nonce(body in "[ -~]{0,64}", ts in 0i64..=9_999_999_999_999, nonce in "[a-z0-9]{6}") {
        let req = hongtu::HongtuRequest { uri: "/v1/api/x", method: "POST", query: "", body: Some(body.as_bytes()) };
        let creds = hongtu::HongtuCredentials { app_key: "k", secret: "s" };
        let a = hongtu::sign(&req, &creds, ts, &nonce);
        let b = hongtu::sign(&req, &creds, ts, &nonce);
        prop_assert_eq!(&a, &b);
        prop_assert!(is_lower_hex(&a.csign, 32));
        let other = hongtu::sign(&req, &creds, ts, "zzzzzz");
        prop_assert!(nonce == "zzzzzz" || other.csign != a.csign);
    }

    /// MCS8 login signature is deterministic 64-digit lower-case hex and time-bound.
    #[test]
    fn mcs8_format(pw in ".{0,20}", t in 0i64..=9_999_999_999) {
        let a = mcs8::login_signature(&pw, t);
        prop_assert_eq!(&a, &mcs8::login_signature(&pw, t));
        prop_assert!(is_lower_hex(&a.password, 64));
        prop_assert_ne!(a.password, mcs8::login_signature(&pw, t + 1).password);
    }
}
