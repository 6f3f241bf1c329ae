//! The simulator daemon's socket (`nicctl sim serve`): the simulated board's UART as a byte link
//! to separate `nicctl` invocations, plus the board-side controls only a simulation has (AC).
//!
//! One JSON object per line each way. Requests: `{"send":[bytes]}`, `{"receive":n}` (the daemon
//! runs the clock until the device has sent n more bytes or a budget is spent),
//! `{"idle_gap":true}`, `{"board":{"ac_ok":false}}` (either field optional) and
//! `{"board":{}}` to read the board. Every request gets one answer line.

use super::{ByteLink, DriverError};
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[derive(Serialize, Deserialize, Debug, Default)]
pub struct BoardPins {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ac_ok: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backup_ok: Option<bool>,
}

#[derive(Serialize, Deserialize, Debug)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    Send(Vec<u8>),
    Receive(usize),
    IdleGap(bool),
    Board(BoardPins),
}

#[derive(Serialize, Deserialize, Debug, Default)]
pub struct Answer {
    #[serde(default)]
    pub bytes: Vec<u8>,
    #[serde(default)]
    pub cycle: u64,
    #[serde(default)]
    pub ac_ok: bool,
    #[serde(default)]
    pub backup_ok: bool,
    #[serde(default)]
    pub rail_en: u32,
    #[serde(default)]
    pub error: Option<String>,
}

/// The longest a client waits for one answer: the daemon answers a request within
/// milliseconds, or after another client's bridge exchange (a few hundred milliseconds).
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

pub struct SocketLink {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
    path: PathBuf,
}

impl SocketLink {
    pub fn connect(path: &Path) -> Result<Self, DriverError> {
        use std::os::unix::fs::FileTypeExt;
        if let Ok(meta) = std::fs::metadata(path) {
            if !meta.file_type().is_socket() {
                return Err(DriverError::Io(format!("{} is not a socket: give the --socket path a `nicctl sim serve` listens on", path.display())));
            }
        }
        let stream = UnixStream::connect(path).map_err(|e| {
            DriverError::Io(format!("cannot reach the simulated device at {}: {e} (start it with `nicctl sim serve --socket {}`)", path.display(), path.display()))
        })?;
        let io = |e: std::io::Error| DriverError::Io(e.to_string());
        stream.set_read_timeout(Some(ANSWER_TIMEOUT)).map_err(io)?;
        stream.set_write_timeout(Some(ANSWER_TIMEOUT)).map_err(io)?;
        let writer = stream.try_clone().map_err(io)?;
        Ok(Self { reader: BufReader::new(stream), writer, path: path.to_owned() })
    }

    /// A socket error in words a user can act on.
    fn failed(&self, e: std::io::Error) -> DriverError {
        match e.kind() {
            ErrorKind::WouldBlock | ErrorKind::TimedOut => DriverError::Io(format!(
                "the simulated device at {} did not answer within {} s: is the `nicctl sim serve` there stopped or stuck?",
                self.path.display(),
                ANSWER_TIMEOUT.as_secs()
            )),
            _ => DriverError::Io(format!("simulator socket {}: {e}", self.path.display())),
        }
    }

    pub fn call(&mut self, request: &Request) -> Result<Answer, DriverError> {
        let mut line = serde_json::to_string(request).expect("requests serialise");
        line.push('\n');
        if let Err(e) = self.writer.write_all(line.as_bytes()) {
            return Err(self.failed(e));
        }
        let mut answer = String::new();
        match self.reader.read_line(&mut answer) {
            Ok(0) => return Err(DriverError::Io("the simulator closed the connection".into())),
            Ok(_) => {}
            Err(e) => return Err(self.failed(e)),
        }
        let answer: Answer = serde_json::from_str(&answer).map_err(|e| DriverError::Io(format!("simulator socket: {e}")))?;
        match &answer.error {
            Some(e) => Err(DriverError::Io(format!("simulator: {e}"))),
            None => Ok(answer),
        }
    }
}

impl ByteLink for SocketLink {
    fn send(&mut self, bytes: &[u8]) -> Result<(), DriverError> {
        self.call(&Request::Send(bytes.to_vec())).map(|_| ())
    }

    fn receive(&mut self, buffer: &mut Vec<u8>, want: usize) -> Result<bool, DriverError> {
        let answer = self.call(&Request::Receive(want.saturating_sub(buffer.len())))?;
        buffer.extend(answer.bytes);
        Ok(buffer.len() >= want)
    }

    fn idle_gap(&mut self) -> Result<(), DriverError> {
        self.call(&Request::IdleGap(true)).map(|_| ())
    }
}
