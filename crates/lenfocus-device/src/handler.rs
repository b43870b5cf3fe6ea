//! How the integrator answers server commands: implement [`CommandHandler`], or take
//! a [`CommandStream`] of commands each carrying a [`Responder`].

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use serde::Serialize;
use tokio::sync::{mpsc, oneshot};

use crate::commands::*;
use crate::error::{CommandError, CommandResult};

/// Answers the twelve server commands (1.5–1.16).
///
/// Every method has a default that answers [`CommandError::not_supported`]
/// (code 404 访问的路径不存在), so a device implements only what it supports. The
/// runtime builds the reply envelope: same `msgid` and `uri` as the command, code
/// 200 and `msg` "OK" on `Ok`, the error's code and message on `Err`.
///
/// The commands of a connection are answered one at a time, in arrival order (an
/// add followed by a delete cannot be reordered), on a task of their own: heartbeats
/// and token renewal go on while a handler works. Methods take `&self`; keep state
/// behind interior mutability.
///
/// ```
/// use lenfocus_device::{CommandHandler, CommandResult};
/// use lenfocus_device::commands::{Reboot, PersonQuery, Person};
///
/// struct Camera;
///
/// impl CommandHandler for Camera {
///     async fn reboot(&self, cmd: Reboot) -> CommandResult<()> {
///         println!("rebooting in {:?}", cmd.delay());
///         Ok(())
///     }
/// }
/// ```
pub trait CommandHandler: Send + Sync + 'static {
    /// 人脸参数控制 (1.5 `/ivp/person_param_set` = `ivp/facecap_param_set`).
    fn face_param_set(&self, cmd: FaceParamSet) -> impl Future<Output = CommandResult<()>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(FaceParamSet::URI)) }
    }
    /// 录像设置 (1.6 `/storage/record_set`).
    fn record_set(&self, cmd: RecordSet) -> impl Future<Output = CommandResult<()>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(RecordSet::URI)) }
    }
    /// 按月获取每天的视频文件数量 (1.7 `/storage/record_by_month`).
    fn record_by_month(
        &self,
        cmd: RecordByMonth,
    ) -> impl Future<Output = CommandResult<Vec<DayCount>>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(RecordByMonth::URI)) }
    }
    /// 视频文件列表 (1.8 `/storage/get_record_list`).
    fn get_record_list(
        &self,
        cmd: GetRecordList,
    ) -> impl Future<Output = CommandResult<RecordList>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(GetRecordList::URI)) }
    }
    /// 重启设备 (1.9 `/system/maintain/reboot`). Answer first, then reboot after
    /// `delay_ms`.
    fn reboot(&self, cmd: Reboot) -> impl Future<Output = CommandResult<()>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(Reboot::URI)) }
    }
    /// 查询抓拍图像的文件列表 (1.10 `/ivp/face/get_cap_history`).
    fn face_cap_history(
        &self,
        cmd: FaceCapHistory,
    ) -> impl Future<Output = CommandResult<FaceCapHistoryResult>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(FaceCapHistory::URI)) }
    }
    /// 查询行人抓拍图像的文件列表 (1.11 `/person/get_cap_history`).
    fn pedestrian_cap_history(
        &self,
        cmd: PedestrianCapHistory,
    ) -> impl Future<Output = CommandResult<PedestrianCapHistoryResult>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(PedestrianCapHistory::URI)) }
    }
    /// 下发人员信息及照片 (1.12 `/person/add`).
    fn person_add(&self, cmd: PersonAdd) -> impl Future<Output = CommandResult<()>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(PersonAdd::URI)) }
    }
    /// 查询人员列表 (1.13 `/person/list`).
    fn person_list(
        &self,
        cmd: PersonList,
    ) -> impl Future<Output = CommandResult<PersonListResult>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(PersonList::URI)) }
    }
    /// 查询人员信息 (1.14 `/person/query`).
    fn person_query(&self, cmd: PersonQuery) -> impl Future<Output = CommandResult<Person>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(PersonQuery::URI)) }
    }
    /// 删除人员信息 (1.15 `/person/delete`).
    fn person_delete(&self, cmd: PersonDelete) -> impl Future<Output = CommandResult<()>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(PersonDelete::URI)) }
    }
    /// 以图搜图 (1.16 `/person/search`).
    fn person_search(
        &self,
        cmd: PersonSearch,
    ) -> impl Future<Output = CommandResult<PersonSearchResult>> + Send {
        let _ = cmd;
        async { Err(CommandError::not_supported(PersonSearch::URI)) }
    }
}

/// A handler that answers "not supported" to everything (useful to only send
/// heartbeats and uploads).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoCommands;

impl CommandHandler for NoCommands {}

/// The `result` to send: `None` omits the member (commands without a result).
pub(crate) type Answer = CommandResult<Option<serde_json::Value>>;

/// A type-erased handler.
pub(crate) type DynHandler = Arc<dyn Fn(Command) -> BoxFuture<'static, Answer> + Send + Sync>;

fn to_answer<T: Serialize>(r: CommandResult<T>) -> Answer {
    let v = r?;
    let json = serde_json::to_value(v)
        .map_err(|e| CommandError::internal(format!("cannot encode the result: {e}")))?;
    Ok(if json.is_null() { None } else { Some(json) })
}

/// Runs `cmd` through the matching method of `h`.
pub(crate) async fn dispatch<H: CommandHandler>(h: &H, cmd: Command) -> Answer {
    match cmd {
        Command::FaceParamSet(c) => to_answer(h.face_param_set(c).await),
        Command::RecordSet(c) => to_answer(h.record_set(c).await),
        Command::RecordByMonth(c) => to_answer(h.record_by_month(c).await),
        Command::GetRecordList(c) => to_answer(h.get_record_list(c).await),
        Command::Reboot(c) => to_answer(h.reboot(c).await),
        Command::FaceCapHistory(c) => to_answer(h.face_cap_history(c).await),
        Command::PedestrianCapHistory(c) => to_answer(h.pedestrian_cap_history(c).await),
        Command::PersonAdd(c) => to_answer(h.person_add(c).await),
        Command::PersonList(c) => to_answer(h.person_list(c).await),
        Command::PersonQuery(c) => to_answer(h.person_query(c).await),
        Command::PersonDelete(c) => to_answer(h.person_delete(c).await),
        Command::PersonSearch(c) => to_answer(h.person_search(c).await),
    }
}

pub(crate) fn erase<H: CommandHandler>(h: H) -> DynHandler {
    let h = Arc::new(h);
    Arc::new(move |cmd| {
        let h = h.clone();
        Box::pin(async move { dispatch(&*h, cmd).await })
    })
}

/// One command taken from a [`CommandStream`], with the means to answer it.
#[derive(Debug)]
pub struct IncomingCommand {
    /// The decoded command.
    pub command: Command,
    /// Answers the command; dropping it unanswered replies "not supported" (404).
    pub responder: Responder,
}

/// Answers one [`IncomingCommand`].
#[derive(Debug)]
pub struct Responder {
    tx: oneshot::Sender<Answer>,
}

impl Responder {
    /// Success with a typed `result` (use `()` for commands that return nothing).
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::Device;
    /// # let device = Device::new(sim.device_config(TEST_SN)?);
    /// # let (_session, mut commands) = device.connect_with_stream(16).await?;
    /// use lenfocus_device::commands::{Command, DayCount, RecordByMonth};
    /// tokio::spawn(async move {
    ///     while let Some(incoming) = commands.recv().await {
    ///         if let Command::RecordByMonth(_month) = incoming.command {
    ///             let days = vec![DayCount { day: 1, count: 24 }];
    ///             incoming.responder.ok(days);
    ///         }
    ///     }
    /// });
    /// let reply = sim.push(TEST_SN, RecordByMonth { year: 2026, month: 11 }).await?;
    /// assert_eq!(reply.data.result.unwrap()[0].count, 24);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn ok<T: Serialize>(self, result: T) -> bool {
        self.tx.send(to_answer(Ok(result))).is_ok()
    }

    /// Success without a `result`.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::Device;
    /// # let device = Device::new(sim.device_config(TEST_SN)?);
    /// # let (_session, mut commands) = device.connect_with_stream(16).await?;
    /// use lenfocus_device::commands::{Command, Reboot};
    /// use lenfocus_device::ResultCode;
    /// tokio::spawn(async move {
    ///     while let Some(incoming) = commands.recv().await {
    ///         incoming.responder.ok_empty(); // e.g. after scheduling the reboot
    ///     }
    /// });
    /// let reply = sim.push(TEST_SN, Reboot { delay_ms: 0 }).await?;
    /// assert_eq!(reply.data.code, ResultCode::Ok);
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn ok_empty(self) -> bool {
        self.tx.send(Ok(None)).is_ok()
    }

    /// An error reply.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::Device;
    /// # let device = Device::new(sim.device_config(TEST_SN)?);
    /// # let (_session, mut commands) = device.connect_with_stream(16).await?;
    /// use lenfocus_device::commands::PersonQuery;
    /// use lenfocus_device::{CommandError, ResultCode};
    /// tokio::spawn(async move {
    ///     while let Some(incoming) = commands.recv().await {
    ///         incoming.responder.error(CommandError::not_found("no such person"));
    ///     }
    /// });
    /// let reply = sim.push(TEST_SN, PersonQuery { pid: "42".into() }).await?;
    /// assert_eq!(reply.data.code, ResultCode::ResourceNotFound); // 426
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub fn error(self, error: CommandError) -> bool {
        self.tx.send(Err(error)).is_ok()
    }
}

/// The server commands as a [`futures::Stream`] of [`IncomingCommand`] (see
/// [`crate::Device::connect_with_stream`]).
#[derive(Debug)]
pub struct CommandStream {
    rx: mpsc::Receiver<IncomingCommand>,
}

impl CommandStream {
    /// The next command; `None` once the session is shut down.
    ///
    /// # Example
    ///
    /// ```
    /// # #[cfg(feature = "simulator")]
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # use lenfocus_device::simulator::{Simulator, TEST_DID, TEST_SN};
    /// # let sim = Simulator::start().await?;
    /// # use lenfocus_device::Device;
    /// # let device = Device::new(sim.device_config(TEST_SN)?);
    /// # let (_session, mut commands) = device.connect_with_stream(16).await?;
    /// use lenfocus_device::commands::{Command, Reboot};
    /// tokio::spawn(async move {
    ///     while let Some(incoming) = commands.recv().await {
    ///         println!("{:?}", incoming.command.kind());
    ///         incoming.responder.ok_empty();
    ///     }
    /// });
    /// sim.push(TEST_SN, Reboot { delay_ms: 0 }).await?;
    /// # Ok(()) }
    /// # #[cfg(not(feature = "simulator"))]
    /// # fn main() {}
    /// ```
    pub async fn recv(&mut self) -> Option<IncomingCommand> {
        self.rx.recv().await
    }
}

impl futures::Stream for CommandStream {
    type Item = IncomingCommand;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.rx.poll_recv(cx)
    }
}

pub(crate) fn stream_handler(buffer: usize) -> (DynHandler, CommandStream) {
    let (tx, rx) = mpsc::channel::<IncomingCommand>(buffer.max(1));
    let handler: DynHandler = Arc::new(move |command: Command| {
        let tx = tx.clone();
        Box::pin(async move {
            let uri = command.kind().uri();
            let (rtx, rrx) = oneshot::channel();
            if tx
                .send(IncomingCommand {
                    command,
                    responder: Responder { tx: rtx },
                })
                .await
                .is_err()
            {
                return Err(CommandError::not_supported(uri));
            }
            rrx.await
                .unwrap_or_else(|_| Err(CommandError::not_supported(uri)))
        })
    });
    (handler, CommandStream { rx })
}
