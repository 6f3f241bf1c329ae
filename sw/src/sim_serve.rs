//! `nicctl sim serve`: one simulated device (the verilated control plane on a simulated board)
//! behind a Unix socket, so separate `nicctl --device sim:SOCKET …` invocations share it.
//! The clock runs on its own at `--cycles-per-second` (the sequencer's timers progress between
//! commands), and as fast as needed while a command waits for an answer.
//!
//! Clients are served side by side. The UART is one line, so a client that sends on it owns it
//! until it goes quiet for `HOLD` (its bridge exchange is over) or leaves; board requests (AC,
//! backup power) never wait. An idle client holds nothing.

use nic_hdl::bridge::protocol::IDLE_BITS;
use nic_sim::bridge::device::SimulatedDevice;
use nicctl::driver::socket::{Answer, Request};
use std::collections::VecDeque;
use std::io::{ErrorKind, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long the UART stays with a client after its last request: longer than the gap between
/// the requests of one bridge exchange, far shorter than any timeout of a waiting client.
const HOLD: Duration = Duration::from_millis(200);
/// A request line longer than this is not one of ours: the client is dropped.
const MAX_LINE: usize = 1 << 20;
/// The clock's share while idle is run in pieces this long, so new requests are seen soon.
const IDLE_SLICE: Duration = Duration::from_millis(5);

fn board(device: &mut SimulatedDevice) -> Answer {
    Answer { cycle: device.cycle, ac_ok: device.ac_ok, backup_ok: device.backup_ok, rail_en: device.rail_en(), ..Default::default() }
}

fn serve_one(device: &mut SimulatedDevice, request: Request) -> Answer {
    let bit = device.clocks_per_bit() as u64;
    match request {
        Request::Send(bytes) => {
            device.uart_send(&bytes);
            Answer::default()
        }
        Request::Receive(want) => {
            let mut bytes = device.uart_take();
            let mut budget = (want.min(1 << 16) as u64 + 300) * 10 * bit;
            while bytes.len() < want && budget > 0 {
                device.step();
                budget -= 1;
                bytes.extend(device.uart_take());
            }
            Answer { bytes, ..board(device) }
        }
        Request::IdleGap(_) => {
            while device.uart_sending() {
                device.step();
            }
            device.run((IDLE_BITS as u64 + 4) * bit);
            device.uart_take();
            board(device)
        }
        Request::Board(pins) => {
            if let Some(ac_ok) = pins.ac_ok {
                device.ac_ok = ac_ok;
            }
            if let Some(backup_ok) = pins.backup_ok {
                device.backup_ok = backup_ok;
            }
            board(device)
        }
    }
}

fn uses_uart(request: &Request) -> bool {
    !matches!(request, Request::Board(_))
}

struct Client {
    id: u64,
    stream: UnixStream,
    /// Bytes of a request line not complete yet.
    partial: Vec<u8>,
    /// Complete request lines, in order.
    lines: VecDeque<String>,
    last_request: Instant,
    gone: bool,
}

impl Client {
    /// Takes what the client sent; marks it gone once it has left (or sent a line too long to be ours).
    fn read(&mut self) {
        let mut chunk = [0u8; 4096];
        loop {
            match self.stream.read(&mut chunk) {
                Ok(0) => return self.gone = true,
                Ok(n) => self.partial.extend_from_slice(&chunk[..n]),
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(_) => return self.gone = true,
            }
        }
        while let Some(end) = self.partial.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.partial.drain(..=end).collect();
            self.lines.push_back(String::from_utf8_lossy(&line).into_owned());
        }
        if self.partial.len() > MAX_LINE {
            eprintln!("client {}: a request line over {MAX_LINE} bytes; dropped", self.id);
            self.gone = true;
        }
    }

    fn answer(&mut self, answer: &Answer) {
        let mut text = serde_json::to_string(answer).expect("answers serialise");
        text.push('\n');
        // Answers are small; a client that does not read them is not served further.
        self.stream.set_nonblocking(false).ok();
        self.stream.set_write_timeout(Some(Duration::from_secs(1))).ok();
        if self.stream.write_all(text.as_bytes()).is_err() {
            self.gone = true;
        }
        self.stream.set_nonblocking(true).ok();
    }
}

pub fn run(socket: &Path, cycles_per_second: u64) -> Result<(), String> {
    // Only a stale socket is replaced: a regular file at PATH is refused, never deleted.
    let listener = crate::sim_nic::listen(socket)?;
    let mut device = SimulatedDevice::new();
    eprintln!("simulated device on {} ({} cycles/s while idle); stop with Ctrl-C", socket.display(), cycles_per_second);
    let mut clients: Vec<Client> = Vec::new();
    let mut next_id = 0;
    let mut owner: Option<u64> = None;
    let started = Instant::now();
    let mut idle_cycles_run = 0u64;
    loop {
        loop {
            match listener.accept() {
                Ok((stream, _)) => {
                    stream.set_nonblocking(true).map_err(|e| e.to_string())?;
                    clients.push(Client { id: next_id, stream, partial: Vec::new(), lines: VecDeque::new(), last_request: Instant::now(), gone: false });
                    next_id += 1;
                }
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("socket: {e}")),
            }
        }
        clients.iter_mut().for_each(Client::read);
        clients.retain(|c| !c.gone || !c.lines.is_empty());
        // The UART is free once its owner has left or gone quiet.
        if let Some(id) = owner {
            let holding = clients.iter().any(|c| c.id == id && (!c.lines.is_empty() || c.last_request.elapsed() < HOLD));
            if !holding {
                owner = None;
            }
        }
        // The owner first, then the others in the order they came.
        clients.sort_by_key(|c| Some(c.id) != owner);
        let mut served = false;
        for client in clients.iter_mut() {
            while let Some(line) = client.lines.front() {
                let answer = match serde_json::from_str::<Request>(line) {
                    Ok(request) if uses_uart(&request) && owner.is_some_and(|id| id != client.id) => break,
                    Ok(request) => {
                        if uses_uart(&request) {
                            owner = Some(client.id);
                        }
                        serve_one(&mut device, request)
                    }
                    Err(e) => Answer { error: Some(format!("bad request: {e}")), ..Default::default() },
                };
                client.lines.pop_front();
                client.last_request = Instant::now();
                client.answer(&answer);
                served = true;
            }
        }
        clients.sort_by_key(|c| c.id);
        if served {
            continue;
        }
        // Nothing asked: the clock runs at its own pace, a slice at a time.
        let owed = (started.elapsed().as_secs_f64() * cycles_per_second as f64) as u64;
        let slice = (cycles_per_second as f64 * IDLE_SLICE.as_secs_f64()).max(1.0) as u64;
        let run = owed.saturating_sub(idle_cycles_run).min(slice);
        if run > 0 {
            device.run(run);
            idle_cycles_run += run;
        } else {
            std::thread::sleep(Duration::from_millis(1));
        }
        // Cycles run for clients do not count against the idle pace; never owe more than a slice.
        idle_cycles_run = idle_cycles_run.max(owed.saturating_sub(slice));
    }
}
