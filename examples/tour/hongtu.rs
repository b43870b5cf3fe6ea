//! Megvii Hongtu 3000 AIoT box.

use anfang::signing::hongtu::{sign, HongtuRequest};

pub async fn run() -> anyhow::Result<()> {
    println!("== Hongtu 3000 AIoT box ==");
    // 接口鉴权 1.3: the seed's worked example.
    let headers = sign(
        &HongtuRequest {
            uri: "/v1/api/person/list",
            method: "POST",
            query: "",
            body: Some(br#"{"pageNum":1,"pageSize":10}"#),
        },
        "appkey1",
        "sdfajk3242324fa!djq7",
        1627300328673,
        "1234344",
    );
    anyhow::ensure!(
        headers.csign == "52141def7a1e346ceee2f22c43d5fb97",
        "csign differs from the seed"
    );
    println!(
        "csign of the seed's worked example: {} (matches the seed)",
        headers.csign
    );
    Ok(())
}
