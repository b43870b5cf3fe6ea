use futures::TryStreamExt;
use mcs8_client::api::org::DevList;
use mcs8_client::simulator::Simulator;

#[tokio::test]
async fn smoke() {
    let sim = Simulator::start().await;
    let client = sim.client_builder().build().unwrap();
    let devs: Vec<_> = client.stream(DevList { page_size: Some(7), ..Default::default() }).try_collect().await.unwrap();
    assert_eq!(devs.len(), 25);
    println!("{:?}", sim.stats());
}
