//! `nicctl sim serve`: one simulated device (the verilated control plane on a simulated board)
//! behind a Unix socket, so separate `nicctl --device sim:SOCKET …` invocations share it.
//! The clock runs on its own at `--cycles-per-second` (the sequencer's timers progress between
//! commands), and as fast as needed while a command waits for an answer.

use nicctl::driver::socket::{Answer, Request};
use nic_sim::bridge::device::SimulatedDevice;
use nic_hdl::bridge::protocol::IDLE_BITS;
use std::io::{BufRead, BufReader, ErrorKind, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::{Duration, Instant};

const TICK: Duration = Duration::from_millis(10);

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
            let mut budget = (want as u64 + 300) * 10 * bit;
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

/// Serves one client until it disconnects, running the clock between its requests.
fn session(device: &mut SimulatedDevice, stream: UnixStream, cycles_per_tick: u64) -> std::io::Result<()> {
    stream.set_read_timeout(Some(TICK))?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        match reader.read_line(&mut line) {
            Ok(0) => return Ok(()),
            Ok(_) => {
                let answer = match serde_json::from_str::<Request>(&line) {
                    Ok(request) => serve_one(device, request),
                    Err(e) => Answer { error: Some(format!("bad request: {e}")), ..Default::default() },
                };
                line.clear();
                let mut text = serde_json::to_string(&answer).expect("answers serialise");
                text.push('\n');
                writer.write_all(text.as_bytes())?;
            }
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => device.run(cycles_per_tick),
            Err(e) => return Err(e),
        }
    }
}

pub fn run(socket: &Path, cycles_per_second: u64) -> Result<(), String> {
    // Only a stale socket is replaced: a regular file at PATH is refused, never deleted.
    let listener = crate::sim_nic::listen(socket)?;
    let mut device = SimulatedDevice::new();
    let cycles_per_tick = cycles_per_second * TICK.as_millis() as u64 / 1000;
    eprintln!("simulated device on {} ({} cycles/s while idle); stop with Ctrl-C", socket.display(), cycles_per_second);
    loop {
        let started = Instant::now();
        match listener.accept() {
            Ok((stream, _)) => {
                stream.set_nonblocking(false).map_err(|e| e.to_string())?;
                if let Err(e) = session(&mut device, stream, cycles_per_tick) {
                    eprintln!("client left: {e}");
                }
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => {
                device.run(cycles_per_tick);
                if let Some(rest) = TICK.checked_sub(started.elapsed()) {
                    std::thread::sleep(rest);
                }
            }
            Err(e) => return Err(format!("socket: {e}")),
        }
    }
}
