//! `nicctl sim nic`: the simulated NIC on an Ethernet wire a virtual machine can plug into.
//!
//! `--ethernet unix:PATH` listens where QEMU's stream netdev connects
//! (`-netdev stream,server=off,addr.type=unix,addr.path=PATH`: each frame is a 4-byte big-endian
//! length, then the Ethernet frame without FCS). Behind it: the verilated NIC core, its
//! management path (ARP, RDMA-CM) and controllers A and B (`nic_sim::nvme::station`).
//! `--control PATH` takes one JSON request a line from `nicctl --device nic:PATH link|failback|
//! stats` (and `{"stop":{}}`), each answered with one line. On stop, Ctrl-C or SIGTERM, or when
//! the guest leaves (with `--exit-when-guest-leaves`), it writes the pcap of the guest's link
//! and the report.

use nic_sim::nvme::station::Station;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{ErrorKind, Read, Write};
use std::os::unix::fs::FileTypeExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Set by SIGINT or SIGTERM: the run ends as on `stop`, its pcap and report written.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn interrupted(_signal: libc::c_int) {
    INTERRUPTED.store(true, Ordering::SeqCst);
}

/// Blocks of the namespace both controllers serve (512 B each: 64 MiB).
const NAMESPACE_BLOCKS: u64 = 1 << 17;
/// The core keeps stepping this long after the last activity (RC ACK coalescing, heartbeats).
const QUIET_CYCLES: u64 = 4096;
/// Ticks stepped between looks at the sockets.
const TICKS_PER_POLL: u32 = 64;
/// Largest frame QEMU may send (a jumbo frame and then some): beyond it the stream is corrupt.
const MAX_FRAME: usize = 16 << 10;

pub struct Options {
    pub ethernet: String,
    pub control: Option<PathBuf>,
    pub pcap: Option<PathBuf>,
    pub report: Option<PathBuf>,
    pub mac: u64,
    pub ip: u32,
    pub seed: u64,
    pub exit_when_guest_leaves: bool,
}

/// A request on the control socket.
#[derive(Serialize, Deserialize, Debug)]
#[serde(rename_all = "snake_case")]
pub enum ControlRequest {
    Link { controller: String, up: bool },
    Failback {},
    Stats {},
    Stop {},
}

#[derive(Serialize, Deserialize, Debug, Default)]
pub struct ControlAnswer {
    #[serde(default)]
    pub ok: bool,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub counters: BTreeMap<String, u64>,
}

/// Listens at `path`, refusing to replace anything but a stale socket.
pub fn listen(path: &Path) -> Result<UnixListener, String> {
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if !meta.file_type().is_socket() {
            return Err(format!("{} exists and is not a socket: refusing to replace it", path.display()));
        }
        if UnixStream::connect(path).is_ok() {
            return Err(format!("something already serves {}", path.display()));
        }
        std::fs::remove_file(path).map_err(|e| format!("cannot replace the stale socket {}: {e}", path.display()))?;
    }
    let listener = UnixListener::bind(path).map_err(|e| format!("cannot listen on {}: {e}", path.display()))?;
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    Ok(listener)
}

/// The guest's end of the wire: frames in with their length prefix, frames out buffered.
struct Wire {
    stream: UnixStream,
    input: Vec<u8>,
    output: Vec<u8>,
}

impl Wire {
    /// Complete frames received so far; `None` when the guest has gone.
    fn read_frames(&mut self) -> Result<Vec<Vec<u8>>, String> {
        let mut buffer = [0u8; 65536];
        loop {
            match self.stream.read(&mut buffer) {
                Ok(0) => return Err("the guest closed the wire".into()),
                Ok(n) => self.input.extend_from_slice(&buffer[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("the wire: {e}")),
            }
        }
        let mut frames = Vec::new();
        while self.input.len() >= 4 {
            let length = u32::from_be_bytes(self.input[..4].try_into().expect("4")) as usize;
            if length > MAX_FRAME {
                return Err(format!("the guest sent a {length}-byte frame: not QEMU's stream framing"));
            }
            if self.input.len() < 4 + length {
                break;
            }
            frames.push(self.input[4..4 + length].to_vec());
            self.input.drain(..4 + length);
        }
        Ok(frames)
    }

    fn send(&mut self, frame: &[u8]) {
        self.output.extend_from_slice(&(frame.len() as u32).to_be_bytes());
        self.output.extend_from_slice(frame);
    }

    fn flush(&mut self) -> Result<(), String> {
        while !self.output.is_empty() {
            match self.stream.write(&self.output) {
                Ok(n) => drop(self.output.drain(..n)),
                Err(e) if e.kind() == ErrorKind::WouldBlock => return Ok(()),
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("the wire: {e}")),
            }
        }
        Ok(())
    }
}

/// What a run measured, for the report.
#[derive(Serialize, Debug, Default)]
pub struct Report {
    pub frames_from_guest: u64,
    pub frames_to_guest: u64,
    pub simulated_cycles: u64,
    /// Wall time spent stepping the simulation, and the cycles it ran per second of it.
    pub stepping_seconds: f64,
    pub simulated_cycles_per_second: f64,
    /// NVMe completions (SEND Only frames on an RC QP) the NIC sent the guest.
    pub completions_to_guest: u64,
    /// Wall time of controller A's link going down, from the start (none: it never went down).
    pub link_down_at_seconds: Option<f64>,
    /// The guest-visible pause: from the last completion before the link went down to the first
    /// after it, and the longest gap between completions before and after it.
    pub pause_across_link_down_ms: Option<f64>,
    pub longest_completion_gap_before_link_down_ms: Option<f64>,
    pub longest_completion_gap_after_link_down_ms: Option<f64>,
    pub counters: BTreeMap<String, u64>,
}

/// Is this frame an NVMe completion: a SEND Only (with Invalidate) on an RC QP?
fn completion(frame: &[u8]) -> bool {
    frame.len() > 54 && frame[12..14] == [8, 0] && frame[23] == 17 && frame[36..38] == 4791u16.to_be_bytes() && matches!(frame[42], 0x04 | 0x05 | 0x17)
}

fn longest_gap(times: &[f64]) -> Option<f64> {
    times.windows(2).map(|w| w[1] - w[0]).reduce(f64::max)
}

pub struct Server {
    station: Station,
    start: Instant,
    stepping: Duration,
    wire_frames: Vec<(u64, Vec<u8>)>,
    completion_times: Vec<f64>,
    link_down_at: Option<f64>,
    stop: bool,
}

impl Server {
    fn seconds(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn control(&mut self, request: ControlRequest) -> ControlAnswer {
        match request {
            ControlRequest::Link { controller, up } => {
                let index = match controller.to_ascii_lowercase().as_str() {
                    "a" => 0,
                    "b" => 1,
                    other => return ControlAnswer { error: Some(format!("no controller `{other}` (a or b)")), ..Default::default() },
                };
                if index == 0 && !up && self.station.link_up(0) {
                    self.link_down_at = Some(self.seconds());
                }
                self.station.set_link(index, up);
                ControlAnswer { ok: true, ..Default::default() }
            }
            ControlRequest::Failback {} => {
                let accepted = self.station.failback();
                let error = (!accepted).then(|| "failback refused: a controller is not available".to_string());
                ControlAnswer { ok: accepted, error, ..Default::default() }
            }
            ControlRequest::Stats {} => ControlAnswer { ok: true, counters: self.station.counters(), ..Default::default() },
            ControlRequest::Stop {} => {
                self.stop = true;
                ControlAnswer { ok: true, ..Default::default() }
            }
        }
    }

    fn record(&mut self) {
        let now_ns = self.start.elapsed().as_nanos() as u64;
        for frame in std::mem::take(&mut self.station.nic.wire) {
            self.wire_frames.push((now_ns, frame.bytes));
        }
    }

    fn report(&mut self) -> Report {
        let seconds = self.stepping.as_secs_f64();
        let cycles = self.station.cycle();
        let (before, after): (Vec<f64>, Vec<f64>) = match self.link_down_at {
            Some(at) => self.completion_times.iter().partition(|t| **t < at),
            None => (self.completion_times.clone(), Vec::new()),
        };
        let pause = match (self.link_down_at, before.last(), after.first()) {
            (Some(_), Some(b), Some(a)) => Some((a - b) * 1000.0),
            _ => None,
        };
        Report {
            frames_from_guest: self.station.counters.frames_in,
            frames_to_guest: self.station.counters.frames_out,
            simulated_cycles: cycles,
            stepping_seconds: seconds,
            simulated_cycles_per_second: if seconds > 0.0 { cycles as f64 / seconds } else { 0.0 },
            completions_to_guest: self.completion_times.len() as u64,
            link_down_at_seconds: self.link_down_at,
            pause_across_link_down_ms: pause,
            longest_completion_gap_before_link_down_ms: longest_gap(&before).map(|g| g * 1000.0),
            longest_completion_gap_after_link_down_ms: longest_gap(&after).map(|g| g * 1000.0),
            counters: self.station.counters(),
        }
    }
}

fn ethernet_path(spec: &str) -> Result<PathBuf, String> {
    spec.strip_prefix("unix:").filter(|p| !p.is_empty()).map(PathBuf::from).ok_or_else(|| format!("--ethernet {spec}: expected unix:PATH (QEMU's -netdev stream,server=off,addr.type=unix,addr.path=PATH)"))
}

/// Checks that an output file can be written before the run, not after it.
fn writable(path: &Path) -> Result<(), String> {
    std::fs::OpenOptions::new().append(true).create(true).open(path).map(drop).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

pub fn run(options: &Options) -> Result<(), String> {
    let ethernet = ethernet_path(&options.ethernet)?;
    for path in options.pcap.iter().chain(&options.report) {
        writable(path)?;
    }
    let wire_listener = listen(&ethernet)?;
    let control_listener = options.control.as_deref().map(listen).transpose()?;
    // SAFETY: the handler only stores to an atomic.
    unsafe {
        let handler = interrupted as extern "C" fn(libc::c_int) as *const () as libc::sighandler_t;
        libc::signal(libc::SIGINT, handler);
        libc::signal(libc::SIGTERM, handler);
    }
    let mut station = Station::new(options.mac, options.ip, NAMESPACE_BLOCKS, options.seed);
    // Frames are kept only for a pcap.
    station.nic.record = options.pcap.is_some();
    let mut server = Server {
        station,
        start: Instant::now(),
        stepping: Duration::ZERO,
        wire_frames: Vec::new(),
        completion_times: Vec::new(),
        link_down_at: None,
        stop: false,
    };
    let ip = std::net::Ipv4Addr::from(options.ip);
    eprintln!("simulated NIC {ip} on {} (QEMU: -netdev stream,server=off,addr.type=unix,addr.path={}); Ctrl-C ends the run", ethernet.display(), ethernet.display());
    let mut wire: Option<Wire> = None;
    let mut clients: Vec<(UnixStream, Vec<u8>)> = Vec::new();
    let result = loop {
        if server.stop || INTERRUPTED.load(Ordering::SeqCst) {
            break Ok(());
        }
        // The guest: one at a time (a second connection is closed at once).
        if let Ok((stream, _)) = wire_listener.accept() {
            if wire.is_none() {
                stream.set_nonblocking(true).map_err(|e| e.to_string())?;
                eprintln!("guest connected");
                wire = Some(Wire { stream, input: Vec::new(), output: Vec::new() });
            }
        }
        if let Some(listener) = &control_listener {
            while let Ok((stream, _)) = listener.accept() {
                stream.set_nonblocking(true).map_err(|e| e.to_string())?;
                clients.push((stream, Vec::new()));
            }
        }
        // Control requests, each client on its own: one that is idle holds nobody up.
        let mut keep = Vec::new();
        for (mut stream, mut pending) in std::mem::take(&mut clients) {
            let mut buffer = [0u8; 4096];
            let open = match stream.read(&mut buffer) {
                Ok(0) => false,
                Ok(n) => {
                    pending.extend_from_slice(&buffer[..n]);
                    true
                }
                Err(e) => e.kind() == ErrorKind::WouldBlock,
            };
            while let Some(end) = pending.iter().position(|b| *b == b'\n') {
                let line: Vec<u8> = pending.drain(..=end).collect();
                let answer = match serde_json::from_slice::<ControlRequest>(&line) {
                    Ok(request) => server.control(request),
                    Err(e) => ControlAnswer { error: Some(format!("bad request: {e}")), ..Default::default() },
                };
                let mut text = serde_json::to_vec(&answer).expect("answers serialise");
                text.push(b'\n');
                // Answers are short: a client that does not read them is dropped.
                stream.set_nonblocking(false).ok();
                stream.set_write_timeout(Some(Duration::from_secs(1))).ok();
                let sent = stream.write_all(&text).is_ok();
                stream.set_nonblocking(true).ok();
                if !sent {
                    pending.clear();
                    break;
                }
            }
            if open {
                keep.push((stream, pending));
            }
        }
        clients = keep;
        let mut got_input = false;
        if let Some(w) = wire.as_mut() {
            match w.read_frames() {
                Ok(frames) => {
                    got_input = !frames.is_empty();
                    for frame in frames {
                        server.station.receive(frame);
                    }
                }
                Err(reason) => {
                    eprintln!("{reason}");
                    wire = None;
                    if options.exit_when_guest_leaves {
                        break Ok(());
                    }
                }
            }
        }
        if got_input || server.station.busy(QUIET_CYCLES) {
            let started = Instant::now();
            for _ in 0..TICKS_PER_POLL {
                for frame in server.station.step() {
                    if completion(&frame) {
                        let t = server.seconds();
                        server.completion_times.push(t);
                    }
                    if let Some(w) = wire.as_mut() {
                        w.send(&frame);
                    }
                }
            }
            server.stepping += started.elapsed();
        } else {
            std::thread::sleep(Duration::from_micros(500));
        }
        server.record();
        if let Some(w) = wire.as_mut() {
            if let Err(reason) = w.flush() {
                eprintln!("{reason}");
                wire = None;
            }
        }
    };
    let report = server.report();
    drop(wire_listener);
    let _ = std::fs::remove_file(&ethernet);
    if let Some(path) = &options.control {
        let _ = std::fs::remove_file(path);
    }
    if let Some(path) = &options.pcap {
        nic_sim::pcap::write_timed(path, &server.wire_frames).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let text = serde_json::to_string_pretty(&report).expect("the report serialises");
    match &options.report {
        Some(path) => std::fs::write(path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))?,
        None => println!("{text}"),
    }
    result
}

/// A client of the control socket: `nicctl --device nic:PATH …`.
pub fn request(socket: &Path, request: &ControlRequest) -> Result<ControlAnswer, String> {
    if std::fs::metadata(socket).is_ok_and(|m| !std::os::unix::fs::FileTypeExt::is_socket(&m.file_type())) {
        return Err(format!("{} is not a socket: give the --control path of a `nicctl sim nic`", socket.display()));
    }
    let mut stream = UnixStream::connect(socket).map_err(|e| format!("cannot reach the simulated NIC at {}: {e} (start it with `nicctl sim nic --ethernet unix:WIRE --control {}`)", socket.display(), socket.display()))?;
    stream.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
    let mut text = serde_json::to_vec(request).expect("requests serialise");
    text.push(b'\n');
    stream.write_all(&text).map_err(|e| format!("{}: {e}", socket.display()))?;
    let mut answer = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match stream.read(&mut byte) {
            Ok(0) => return Err(format!("{} closed without an answer", socket.display())),
            Ok(_) if byte[0] == b'\n' => break,
            Ok(_) => answer.push(byte[0]),
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => return Err(format!("{} did not answer within 30 s", socket.display())),
            Err(e) => return Err(format!("{}: {e}", socket.display())),
        }
    }
    let answer: ControlAnswer = serde_json::from_slice(&answer).map_err(|e| format!("{}: not an answer: {e}", socket.display()))?;
    match &answer.error {
        Some(error) => Err(error.clone()),
        None => Ok(answer),
    }
}
