//! The generated error-code table (1.5) and the retry classification.

use client_core::{RetryClass, Retryable};
use tums_client::error_codes::ERROR_CODE_COUNT;
use tums_client::{Error, ErrorCode};

#[test]
fn every_code_of_the_table_round_trips() {
    // The seed's 419 codes and the 96 only the 2026-08-31 edition's table has.
    assert_eq!(ERROR_CODE_COUNT, 515);
    let mut seen = std::collections::HashSet::new();
    for code in ErrorCode::ALL {
        let n = code.code();
        assert!(n < 0, "{n}");
        assert!(seen.insert(n), "duplicate {n}");
        assert_eq!(ErrorCode::from_code(n), code);
        assert!(!code.description().unwrap().is_empty());
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
    }
    assert_eq!(ErrorCode::from_code(-71551), ErrorCode::Unknown(-71551));
    assert_eq!(ErrorCode::Unknown(-71551).description(), None);
    assert_eq!(ErrorCode::from_code(0), ErrorCode::Unknown(0));
}

#[test]
fn codes_of_the_2026_table_are_merged() {
    // Only in the 2026 table: described from it.
    assert_eq!(
        ErrorCode::from_code(-111004).description(),
        Some("超过音频数量限制")
    );
    assert_eq!(
        ErrorCode::from_code(-800024).description(),
        Some("设备已离线")
    );
    assert_eq!(
        ErrorCode::from_code(-89621).description(),
        Some("当前设备不支持智能开局")
    );
    // In both: the seed's text is kept.
    assert_eq!(
        ErrorCode::E82412.description(),
        Some("数据库中数据条目访问异常")
    );
    // Every row of the committed 2026 table decodes to a named code.
    let table = include_str!("../tools/error-codes-2026.tsv");
    let mut rows = 0;
    for line in table.lines().filter(|l| l.starts_with('-')) {
        let code: i64 = line.split('\t').next().unwrap().parse().unwrap();
        assert!(
            !matches!(ErrorCode::from_code(code), ErrorCode::Unknown(_)),
            "{code}"
        );
        rows += 1;
    }
    assert_eq!(rows, 516, "-82412 is printed twice");
}

#[test]
fn signing_codes_have_names_and_the_seed_text() {
    let expected = [
        (-10301, ErrorCode::SignatureMismatch, "签名不匹配"),
        (-10302, ErrorCode::SignatureExpired, "签名请求已超时"),
        (-10303, ErrorCode::SignatureParameterError, "签名参数错误"),
        (-10304, ErrorCode::InvalidAccessKey, "Access Key非法"),
        (
            -10305,
            ErrorCode::AccessDenied,
            "访问被拒绝（通常是该Access key无访问该API的权限）",
        ),
    ];
    for (n, code, text) in expected {
        assert_eq!(ErrorCode::from_code(n), code);
        assert_eq!(code.description(), Some(text));
        assert!(code.is_signature_error());
    }
    assert!(!ErrorCode::CloudBusy.is_signature_error());
    assert_eq!(ErrorCode::E80414.to_string(), "-80414 (无效的设备)");
    assert_eq!(ErrorCode::Unknown(-1).to_string(), "-1");
}

#[test]
fn retry_classes_follow_the_seed() {
    let api = |n| {
        Error::from(tums_client::ApiError::new(
            "/tums/open/test/v1/op",
            ErrorCode::from_code(n),
            None,
            http::StatusCode::OK,
        ))
    };
    for n in [-20003, -201004, -20004, -10200, -10201, -82112] {
        assert_eq!(api(n).retry_class(), RetryClass::Always, "{n}");
        assert!(api(n).is_retryable());
    }
    for n in [-20000, -20002, -20005, -201003] {
        assert_eq!(api(n).retry_class(), RetryClass::IfIdempotent, "{n}");
    }
    for n in [
        -10301, -10302, -10303, -10304, -10305, -80405, -88303, -71551,
    ] {
        assert_eq!(api(n).retry_class(), RetryClass::Never, "{n}");
        assert!(!api(n).is_retryable());
    }
    let partial = Error::PartialFailure {
        code: ErrorCode::from_code(0),
        fail_list: vec![],
        result: None,
    };
    assert!(!partial.is_retryable());
}
