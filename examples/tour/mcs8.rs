//! MCS8 dispatch platform.

use anfang::signing::mcs8;

pub async fn run() -> anyhow::Result<()> {
    println!("== MCS8 dispatch platform ==");
    // 2.1.1 登录: password = sha256_hex(md5_hex(password) + udef_t).
    let sig = mcs8::login_signature("000000", 1_700_000_000);
    println!(
        "login signature for udef_t={}: {}",
        sig.udef_t, sig.password
    );
    Ok(())
}
