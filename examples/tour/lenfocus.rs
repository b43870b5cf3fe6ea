//! Lenfocus third-party device protocol (device side).

use anfang::signing::lenfocus::param_signature;

pub async fn run() -> anyhow::Result<()> {
    println!("== Lenfocus device protocol ==");
    // 三、签名算法: the seed's worked example.
    let sign = param_signature(
        [
            ("sn", "Y3CA123489"),
            ("did", "876433"),
            ("ts", "1658029108"),
            ("appid", "FUN790386"),
        ],
        "AABBCC112233",
    );
    anyhow::ensure!(
        sign == "C7C164B353F05DF3E219E82FC4619912",
        "signature differs from the seed"
    );
    println!("parameter signature of the seed's worked example: {sign} (matches the seed)");
    Ok(())
}
