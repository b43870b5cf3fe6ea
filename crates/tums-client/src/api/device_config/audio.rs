//! Talk, microphone, speaker and audio playback — 1.4.4.3.1–1.4.4.3.9 (2026 edition,
//! 对讲设置).
//!
//! The capability members are the device's own flag strings (`"1"` supported, `"0"` or
//! absent not supported); the helper methods read them. `playAudioFile` (1.4.4.3.8)
//! is a `multipart/form-data` upload: send it with [`PlayAudioFile::send`].

use bytes::Bytes;
use client_core::{Endpoint, MultipartField, Prepared, RequestBody};
use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::api::device_config::text::{flag, opt_int_text, vec_text};

client_core::str_enum! {
    /// 开关 — `on`/`off` switches of the microphone and speaker settings
    /// (1.4.4.3.3/4/6/7 mute, noiseCancelling, echoCancelling).
    pub enum OnOff {
        /// on — 开启/启用.
        On = "on",
        /// off — 关闭/禁用.
        Off = "off",
    }
}

client_core::str_enum! {
    /// 音频输入设备 — microphone input (1.4.4.3.3/4 inputDeviceType).
    pub enum AudioInputDevice {
        /// LineIn — 拾音器, line input.
        LineIn = "LineIn",
        /// MicIn — 无源麦克风, passive microphone.
        MicIn = "MicIn",
        /// Auto — 自动检测, detected automatically.
        Auto = "Auto",
    }
}

client_core::str_enum! {
    /// 音频输出设备 — speaker output (1.4.4.3.5–7 outputDeviceType / outputDeviceList).
    pub enum AudioOutputDevice {
        /// LineOut — 外接扬声器, external speaker.
        LineOut = "LineOut",
        /// SpeakerOut — 内置扬声器, built-in speaker.
        SpeakerOut = "SpeakerOut",
        /// Auto — 自动检测, detected automatically.
        Auto = "Auto",
    }
}

client_core::int_enum! {
    /// 下发语音任务状态 — state of an audio playback task (1.4.4.3.9 status).
    pub enum PlayAudioStatus {
        /// 0 — 未开始, not started.
        NotStarted = 0,
        /// 1 — 进行中, playing.
        InProgress = 1,
        /// 2 — 成功, finished.
        Succeeded = 2,
        /// 3 — 失败, failed (see `error_code`).
        Failed = 3,
    }
}

fn check_on_off(path: &str, field: &str, v: &Option<OnOff>) -> Result<(), client_core::Error> {
    match v {
        Some(OnOff::Unknown(x)) => Err(client_core::Error::invalid(
            path,
            format!("{field} must be \"on\" or \"off\", got {x:?}"),
        )),
        _ => Ok(()),
    }
}

fn check_volume(path: &str, v: Option<i64>) -> Result<(), client_core::Error> {
    check::opt_range(path, "volume", v, 0, 100)
}

// ---------------------------------------------------------------------------------
// 1.4.4.3.1

device_request! {
    /// 获取对讲能力 — whether the device supports two-way talk, with its microphone and
    /// speaker capabilities (1.4.4.3.1).
    pub struct GetTalkCapability ("1.4.4.3.1", channel: required) {}
}

target_ctors!(GetTalkCapability, required);

impl GetTalkCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetTalkCapability => TalkCapability, POST "/vms/open/deviceConfig/v1/getTalkCapability", read, validate);

/// 对讲能力 — result of 1.4.4.3.1.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TalkCapability {
    /// talkSupport — 是否支持对讲 (1.4.4.3.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub talk_support: Option<bool>,
    /// microphoneCapability — 麦克风能力集, as 1.4.4.3.2 (1.4.4.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub microphone_capability: Option<MicrophoneCapability>,
    /// speakerCapability — 扬声器能力集, as 1.4.4.3.5 (1.4.4.3.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_capability: Option<SpeakerCapability>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.3.2

device_request! {
    /// 获取麦克风能力集 — the microphone's capabilities (1.4.4.3.2).
    pub struct GetMicrophoneCapability ("1.4.4.3.2", channel: required) {}
}

target_ctors!(GetMicrophoneCapability, required);

impl GetMicrophoneCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetMicrophoneCapability => MicrophoneCapability, POST "/vms/open/deviceConfig/v1/getMicrophoneCapability", read, validate);

/// 麦克风能力集 — result of 1.4.4.3.2 (also inside 1.4.4.3.1). Flags are `"1"`
/// (supported) or `"0"`/absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MicrophoneCapability {
    /// mute — 是否支持静音 flag (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub mute: Option<String>,
    /// volume — 是否支持音量调节 flag (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<String>,
    /// noiseCancelling — 是否支持噪声消除 flag (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub noise_cancelling: Option<String>,
    /// echoCancelling — 是否支持回声抑制 flag (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub echo_cancelling: Option<String>,
    /// vad — 是否支持 VAD (静音抑制) flag; deprecated on new models in favour of `aec`
    /// (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub vad: Option<String>,
    /// aec — 是否支持回声抑制 (phone mode in the app) flag (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub aec: Option<String>,
    /// channels — 支持最大的通道数; absent: not configurable (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub channels: Option<String>,
    /// halfDuplex — `"1"` half duplex, `"0"`/absent full duplex (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub half_duplex: Option<String>,
    /// samplingRate — 支持的采样率 in kHz (`8`, `16`, `22.05`, `44.1`, `48`) (1.4.4.3.2).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub sampling_rate: Vec<String>,
    /// encodeType — 支持的音频编码格式 (`AAC`, `G711`, `G711alaw`, `PCM`…) (1.4.4.3.2).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub encode_type: Vec<String>,
    /// inputDeviceType — 是否支持输入设备选择 flag (MicIn/LineIn) (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub input_device_type: Option<String>,
    /// encodeTypeSampling — 编码类型与采样率 pairs `type_sampling` (`AAC_8`,
    /// `G711alaw_8`…); preferred over `encodeType`/`samplingRate` when present (1.4.4.3.2).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub encode_type_sampling: Vec<String>,
    /// inputDeviceSupportAuto — 是否支持自动选择音频输入设备 flag (1.4.4.3.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub input_device_support_auto: Option<String>,
}

impl MicrophoneCapability {
    /// Muting can be configured (`mute` is `"1"`).
    pub fn mute_supported(&self) -> bool {
        flag(&self.mute)
    }

    /// The volume can be configured (`volume` is `"1"`).
    pub fn volume_supported(&self) -> bool {
        flag(&self.volume)
    }

    /// The input device can be chosen (`inputDeviceType` is `"1"`).
    pub fn input_selectable(&self) -> bool {
        flag(&self.input_device_type)
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.3.3 / 1.4.4.3.4

device_request! {
    /// 获取麦克风设置 — the microphone's current settings (1.4.4.3.3).
    pub struct GetMicrophoneConfig ("1.4.4.3.3", channel: required) {}
}

target_ctors!(GetMicrophoneConfig, required);

impl GetMicrophoneConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetMicrophoneConfig => MicrophoneConfig, POST "/vms/open/deviceConfig/v1/getMicrophoneConfig", read, validate);

/// 麦克风设置 — result of 1.4.4.3.3, and the settings of 1.4.4.3.4.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MicrophoneConfig {
    /// mute — 麦克风静音 `on`/`off`; only when the capability's `mute` is `"1"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mute: Option<OnOff>,
    /// volume — 麦克风音量, `[0, 100]`, a string on the wire; only when the capability's
    /// `volume` is `"1"`.
    #[serde(
        default,
        with = "opt_int_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<i64>,
    /// noiseCancelling — 环境噪声过滤 `on`/`off`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub noise_cancelling: Option<OnOff>,
    /// echoCancelling — 回声抑制 `on`/`off`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub echo_cancelling: Option<OnOff>,
    /// samplingRate — 当前采样率 in kHz (`8`, `16`, `22.05`, `44.1`, `48`); settable
    /// values come from the capability's `encodeTypeSampling`.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub sampling_rate: Option<String>,
    /// encodeType — 当前音频编码格式 (`AAC`, `G711`, `AC3`, `DTS`, `G711alaw`,
    /// `G711ulaw`, `PCM`, `OPUS`, `G726`, `ADPCM`).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub encode_type: Option<String>,
    /// inputDeviceType — 当前所选音频输入设备.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input_device_type: Option<AudioInputDevice>,
}

impl MicrophoneConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check_on_off(path, "mute", &self.mute)?;
        check_on_off(path, "noiseCancelling", &self.noise_cancelling)?;
        check_on_off(path, "echoCancelling", &self.echo_cancelling)?;
        check_volume(path, self.volume)?;
        if let Some(AudioInputDevice::Unknown(x)) = &self.input_device_type {
            return Err(client_core::Error::invalid(
                path,
                format!("inputDeviceType must be LineIn, MicIn or Auto, got {x:?}"),
            ));
        }
        Ok(())
    }
}

device_request! {
    /// 设置麦克风参数 — change the microphone settings; members left `None` are not
    /// sent (1.4.4.3.4).
    pub struct SetMicrophoneConfig ("1.4.4.3.4", channel: required) {
        /// The settings to change (flattened into the body).
        #[serde(flatten)]
        pub config: MicrophoneConfig,
    }
}

impl SetMicrophoneConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        self.config.check(path)
    }
}

client_core::endpoint!(SetMicrophoneConfig => client_core::Ack, POST "/vms/open/deviceConfig/v1/setMicrophoneConfig", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.3.5–1.4.4.3.7

device_request! {
    /// 获取扬声器能力集 — the speaker's capabilities (1.4.4.3.5).
    pub struct GetSpeakerCapability ("1.4.4.3.5", channel: required) {}
}

target_ctors!(GetSpeakerCapability, required);

impl GetSpeakerCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetSpeakerCapability => SpeakerCapability, POST "/vms/open/deviceConfig/v1/getSpeakerCapability", read, validate);

/// 扬声器能力集 — result of 1.4.4.3.5 (also inside 1.4.4.3.1).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerCapability {
    /// mute — 是否支持静音 flag (1.4.4.3.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub mute: Option<String>,
    /// volume — 是否支持音量调节 flag (1.4.4.3.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<String>,
    /// outputDeviceList — 支持的输出设备类型集合; when present the output is chosen
    /// among these (1.4.4.3.5).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub output_device_list: Vec<AudioOutputDevice>,
    /// outputDeviceType — 是否支持输出设备选择 flag; ignored when `outputDeviceList`
    /// is present (1.4.4.3.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub output_device_type: Option<String>,
    /// samplingRate — 支持的采样率 in kHz (1.4.4.3.5).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub sampling_rate: Vec<String>,
    /// encodeType — 支持的音频编码格式; playAudioFile needs `G711alaw` (1.4.4.3.5).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub encode_type: Vec<String>,
    /// encodeTypeSampling — `type_sampling` pairs (1.4.4.3.5).
    #[serde(default, with = "vec_text", skip_serializing_if = "Vec::is_empty")]
    pub encode_type_sampling: Vec<String>,
}

impl SpeakerCapability {
    /// The outputs a caller may choose from: `outputDeviceList` when present, the three
    /// documented ones when only the `outputDeviceType` flag is `"1"`, none otherwise.
    pub fn selectable_outputs(&self) -> Vec<AudioOutputDevice> {
        if !self.output_device_list.is_empty() {
            self.output_device_list.clone()
        } else if flag(&self.output_device_type) {
            vec![
                AudioOutputDevice::LineOut,
                AudioOutputDevice::SpeakerOut,
                AudioOutputDevice::Auto,
            ]
        } else {
            Vec::new()
        }
    }

    /// The speaker accepts G711a audio, as playAudioFile (1.4.4.3.8) requires.
    pub fn plays_g711a(&self) -> bool {
        self.encode_type.iter().any(|e| e.trim() == "G711alaw")
    }
}

device_request! {
    /// 获取扬声器设置 — the speaker's current settings (1.4.4.3.6).
    pub struct GetSpeakerConfig ("1.4.4.3.6", channel: required) {}
}

target_ctors!(GetSpeakerConfig, required);

impl GetSpeakerConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetSpeakerConfig => SpeakerConfig, POST "/vms/open/deviceConfig/v1/getSpeakerConfig", read, validate);

/// 扬声器设置 — result of 1.4.4.3.6, and the settings of 1.4.4.3.7.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerConfig {
    /// mute — 扬声器静音 `on`/`off`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mute: Option<OnOff>,
    /// volume — 扬声器音量, `[0, 100]`, a string on the wire.
    #[serde(
        default,
        with = "opt_int_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub volume: Option<i64>,
    /// outputDeviceType — 音频输出设备.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_device_type: Option<AudioOutputDevice>,
}

device_request! {
    /// 设置扬声器参数 — change the speaker settings; members left `None` are not sent
    /// (1.4.4.3.7).
    pub struct SetSpeakerConfig ("1.4.4.3.7", channel: required) {
        /// The settings to change (flattened into the body).
        #[serde(flatten)]
        pub config: SpeakerConfig,
    }
}

impl SetSpeakerConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check_on_off(path, "mute", &self.config.mute)?;
        check_volume(path, self.config.volume)?;
        if let Some(AudioOutputDevice::Unknown(x)) = &self.config.output_device_type {
            return Err(client_core::Error::invalid(
                path,
                format!("outputDeviceType must be LineOut, SpeakerOut or Auto, got {x:?}"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(SetSpeakerConfig => client_core::Ack, POST "/vms/open/deviceConfig/v1/setSpeakerConfig", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.3.8 / 1.4.4.3.9

/// The largest audio file playAudioFile accepts: "不超过1M" (1.4.4.3.8), read as 1 MiB.
pub const PLAY_AUDIO_MAX_BYTES: usize = 1024 * 1024;

/// The audio of a playAudioFile upload: G711a, 8000 Hz, 16-bit ("要求音频编码为G711a，
/// 采样率为8000Hz，位宽为16", 1.4.4.3.8). Its bytes never appear in `Debug`.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct AudioFile {
    /// The file name sent in the part's `Content-Disposition` (e.g. `alarm.g711a`).
    pub file_name: String,
    /// The encoded audio, at most [`PLAY_AUDIO_MAX_BYTES`].
    pub data: Bytes,
}

impl std::fmt::Debug for AudioFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AudioFile")
            .field("file_name", &self.file_name)
            .field("bytes", &self.data.len())
            .finish()
    }
}

device_request! {
    /// 向设备下发语音文件并播放 — upload an audio file to a device and play it
    /// (1.4.4.3.8). A `multipart/form-data` request with two parts: `audioFile` (the
    /// audio) and `params` (this struct's JSON: the device locator).
    ///
    /// Send it with [`PlayAudioFile::send`]; [`Client::send`](crate::Client::send)
    /// refuses it before sending anything (its `validate()` says so), since a JSON body
    /// is not what the platform accepts here. Requires a device whose capability
    /// `relay_support_version` includes 2.x and whose speaker plays `G711alaw`.
    pub struct PlayAudioFile ("1.4.4.3.8", channel: required) {
        /// audioFile — 音频二进制文件; not part of the `params` JSON.
        #[serde(skip)]
        pub audio_file: AudioFile,
    }
}

impl PlayAudioFile {
    /// Plays `audio` on the device with this 17-character code, channel `channel_id`.
    pub fn new(qr_code: impl Into<String>, channel_id: i64, audio: AudioFile) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            audio_file: audio,
        }
    }

    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_upload(path)?;
        Err(client_core::Error::invalid(
            path,
            "playAudioFile is a multipart/form-data upload: send it with PlayAudioFile::send",
        ))
    }

    /// The checks of the upload itself: the locator, a non-empty audio file of at most
    /// [`PLAY_AUDIO_MAX_BYTES`], a file name.
    pub fn check_upload(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        let n = self.audio_file.data.len();
        if n == 0 || n > PLAY_AUDIO_MAX_BYTES {
            return Err(client_core::Error::invalid(
                path,
                format!("audioFile must hold 1..={PLAY_AUDIO_MAX_BYTES} bytes (不超过1M), got {n}"),
            ));
        }
        check::non_empty(path, "audioFile file name", &self.audio_file.file_name)
    }

    /// The request as sent: validated, with the `audioFile` part and the `params` JSON
    /// part (`Content-Type: application/json`).
    pub fn prepared(&self) -> Result<Prepared, client_core::Error> {
        self.check_upload(Self::PATH)?;
        let params = serde_json::to_vec(self).map_err(|e| client_core::Error::Encode {
            path: Self::PATH.into(),
            message: e.to_string(),
        })?;
        let mut req = Prepared::new(Self::METHOD, Self::PATH);
        req.body = RequestBody::Multipart(vec![
            MultipartField {
                name: "audioFile".into(),
                file_name: Some(self.audio_file.file_name.clone()),
                content_type: Some("application/octet-stream".into()),
                data: self.audio_file.data.clone(),
            },
            MultipartField {
                name: "params".into(),
                file_name: None,
                content_type: Some("application/json".into()),
                data: Bytes::from(params),
            },
        ]);
        Ok(req)
    }

    /// Uploads and plays the file; the answer is read exactly as
    /// [`Client::send`](crate::Client::send) reads one (a non-zero `error_code` is
    /// [`Error::Api`](crate::Error::Api)). Not retried after the request may have
    /// arrived (playing twice is not harmless).
    pub async fn send(&self, client: &crate::Client) -> crate::Result<PlayAudioTask> {
        let prepared = self.prepared()?;
        let envelope = client.raw_prepared(&prepared).await?;
        let body = serde_json::to_vec(&envelope).map_err(|e| {
            crate::Error::from(client_core::Error::Encode {
                path: Self::PATH.into(),
                message: e.to_string(),
            })
        })?;
        client.decode_answer::<Self>(http::StatusCode::OK, body)
    }
}

client_core::endpoint!(PlayAudioFile => PlayAudioTask, POST "/vms/open/playAudioService/v1/playAudioFile", write, validate);

/// 下发语音任务 — result of 1.4.4.3.8.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlayAudioTask {
    /// taskId — 本次下发语音任务id, for 1.4.4.3.9 (1.4.4.3.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub task_id: Option<String>,
}

/// 获取下发语音任务状态 — the state of an audio playback task; kept 30 minutes
/// (1.4.4.3.9).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetPlayAudioTaskStatus {
    /// taskId — 1.4.4.3.8获取到的下发语音taskId. Required (1.4.4.3.9).
    pub task_id: String,
}

impl GetPlayAudioTaskStatus {
    /// The state of task `task_id`.
    pub fn new(task_id: impl Into<String>) -> Self {
        Self {
            task_id: task_id.into(),
        }
    }

    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::non_empty(path, "taskId", &self.task_id)
    }
}

client_core::endpoint!(GetPlayAudioTaskStatus => PlayAudioTaskStatus, POST "/vms/open/playAudioService/v1/getPlayAudioTaskStatus", read, validate);

/// 下发语音任务状态 — result of 1.4.4.3.9.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlayAudioTaskStatus {
    /// status — 任务状态 (1.4.4.3.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<PlayAudioStatus>,
    /// error_code — 任务失败错误码, the platform's error code of a failed task
    /// (1.4.4.3.9).
    #[serde(
        rename = "error_code",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_code: Option<i64>,
}
