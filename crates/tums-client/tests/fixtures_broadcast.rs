//! Round trips of every request and response example of chapter 1.4.17 云广播 of the
//! 2026-08-31 edition (fixtures/tums/broadcast/), plus the chapter's own checks.

#[macro_use]
mod common;

use tums_client::api::broadcast::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("broadcast", name)
}

pair!(
    get_timed_task_by_page,
    GetTimedTaskByPage,
    "getTimedTaskByPage"
);
pair!(
    get_immediate_task_by_page,
    GetImmediateTaskByPage,
    "getImmediateTaskByPage"
);
pair!(
    get_speak_task_by_page,
    GetSpeakTaskByPage,
    "getSpeakTaskByPage"
);
pair!(add_task, AddTask, "addTask");
pair!(edit_task, EditTask, "editTask");
pair!(delete_task, DeleteTask, "deleteTask");
pair!(get_audio_by_page, GetAudioByPage, "getAudioByPage");
pair!(
    get_audio_group_by_page,
    GetAudioGroupByPage,
    "getAudioGroupByPage"
);
pair!(check_upload_audio, CheckUploadAudio, "checkUploadAudio");
pair!(
    finish_upload_audio_to_cos,
    FinishUploadAudioToCos,
    "finishUploadAudioToCos"
);
pair!(text_to_speech, TextToSpeech, "textToSpeech");
pair!(save_text_to_speech, SaveTextToSpeech, "saveTextToSpeech");
pair!(rename_audio, RenameAudio, "renameAudio");
pair!(audition_by_id, AuditionById, "auditionById");
pair!(get_task_audio_list, GetTaskAudioList, "getTaskAudioList");
pair!(set_task_audio_list, SetTaskAudioList, "setTaskAudioList");
pair!(
    get_task_devs_by_page,
    GetTaskDevsByPage,
    "getTaskDevsByPage"
);
pair!(add_dev_for_task, AddDevForTask, "addDevForTask");
pair!(delete_dev_for_task, DeleteDevForTask, "deleteDevForTask");
pair!(execute_task, ExecuteTask, "executeTask");
pair!(
    execute_task_with_dev_list,
    ExecuteTaskWithDevList,
    "executeTaskWithDevList"
);
pair!(
    get_execute_progress,
    GetExecuteProgress,
    "getExecuteProgress"
);
pair!(
    get_device_in_region_by_type,
    GetDeviceInRegionByType,
    "getDeviceInRegionByType"
);
pair!(
    set_speaker_info,
    SetSpeakerInfo,
    "setSpeakerInfo",
    validates = false
);
pair!(try_play, TryPlay, "tryPlay");
pair!(get_speaker_list, GetSpeakerList, "getSpeakerList");
