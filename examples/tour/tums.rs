//! TP-LINK commercial cloud (TUMS) open API.

use anfang::signing::tums::{sign, TumsCredentials, TumsRequest};

pub async fn run() -> anyhow::Result<()> {
    println!("== TP-LINK TUMS open API ==");
    // 1.2.2.2: the request the seed shows, signed with an example key.
    let body = br#"{"regionName":"root1.2","order":2,"parentId":"1"}"#;
    let sig = sign(
        &TumsRequest {
            method: "POST",
            path: "/tums/open/resource/v1/addRegion",
            payload: body,
        },
        &TumsCredentials {
            access_key: "example-ak",
            secret_key: "example-sk",
            terminal_id: "fa5d13475934410b9398a95be95f7079",
        },
        1706701924,
        "1407447e996cf697488957375fd03d98",
    )?;
    println!("X-Authorization: {}", sig.header_value);
    Ok(())
}
