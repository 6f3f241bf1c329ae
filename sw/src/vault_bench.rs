//! `nicctl bench vault`: the vault's save and restore speed beside `dd` with direct I/O writing
//! the same number of bytes to the same filesystem, in one run.

use crate::table;
use nicctl::vault::{self, SaveOptions};
use serde_json::json;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const RUNS: usize = 5;

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Megabytes per second of `dd if=/dev/zero of=FILE bs=CHUNK oflag=direct conv=fsync`.
fn dd_direct(file: &Path, bytes: u64, chunk: u64) -> Result<f64, String> {
    let started = Instant::now();
    let out = Command::new("dd")
        .arg("if=/dev/zero")
        .arg(format!("of={}", file.display()))
        .arg(format!("bs={chunk}"))
        .arg(format!("count={}", bytes / chunk))
        .args(["oflag=direct", "conv=fsync,notrunc"])
        .output()
        .map_err(|e| format!("cannot run dd: {e}"))?;
    if !out.status.success() {
        return Err(format!("dd failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(bytes as f64 / 1e6 / started.elapsed().as_secs_f64())
}

pub fn run(dir: Option<&Path>, megabytes: u64, as_json: bool) -> Result<(), String> {
    let scratch = tempfile::Builder::new().prefix("nicctl-vault-bench").tempdir_in(dir.unwrap_or(&std::env::temp_dir())).map_err(|e| e.to_string())?;
    let bytes = megabytes << 20;
    let chunk = SaveOptions::default().chunk_bytes;
    // Memory: a region file read once, so the save reads it from the page cache (RAM) as the
    // BIOS reads memory; its bytes are not all alike (a disk could compress zeros).
    let region = scratch.path().join("memory.bin");
    let pattern: Vec<u8> = (0..bytes).map(|i| (i.wrapping_mul(0x9e37_79b9) >> 13) as u8).collect();
    std::fs::write(&region, &pattern).map_err(|e| e.to_string())?;
    drop(pattern);
    std::fs::read(&region).map_err(|e| e.to_string())?;
    let disk = scratch.path().join("vault.img");
    vault::format_disk(&disk, Some(2 * bytes + (64 << 20))).map_err(|e| e.to_string())?;
    let dd_file = scratch.path().join("dd.img");

    let save_once = || vault::save(&[region.clone()], &disk, &SaveOptions::default(), &mut |_, _| true).map_err(|e| e.to_string());
    // Warm-up, not measured: the first write into a newly allocated extent costs the filesystem
    // extra work, for the vault (once per slot) and for dd alike.
    save_once()?;
    save_once()?;
    dd_direct(&dd_file, bytes, chunk)?;
    let (mut save, mut restore, mut dd, mut direct) = (Vec::new(), Vec::new(), Vec::new(), true);
    for _ in 0..RUNS {
        let report = save_once()?;
        direct &= report.direct_io;
        save.push(report.megabytes_per_second);
        dd.push(dd_direct(&dd_file, bytes, chunk)?);
        let target = scratch.path().join("restored.bin");
        let _ = std::fs::remove_file(&target);
        restore.push(vault::restore(&disk, None, &[target]).map_err(|e| e.to_string())?.megabytes_per_second);
    }
    let (save, restore, dd) = (median(save), median(restore), median(dd));
    let registers = register_operations()?;
    let report = json!({
        "benchmark": "vault",
        "filesystem_dir": scratch.path().parent().map(|p| p.display().to_string()),
        "image_megabytes": megabytes,
        "chunk_bytes": chunk,
        "runs": RUNS,
        "direct_io": direct,
        "save_megabytes_per_second": save,
        "dd_direct_megabytes_per_second": dd,
        "save_fraction_of_dd": save / dd,
        "restore_megabytes_per_second": restore,
        "restore_passes": "check, then write",
        "register_operations_per_second": registers,
        "optimised_build": !cfg!(debug_assertions),
    });
    if as_json {
        println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
    } else {
        let rows = vec![
            vec!["vault save".into(), format!("{save:.0} MB/s"), format!("{:.2} of dd", save / dd)],
            vec![format!("dd bs={chunk} oflag=direct conv=fsync"), format!("{dd:.0} MB/s"), String::new()],
            vec!["vault restore (check + write)".into(), format!("{restore:.0} MB/s"), String::new()],
        ];
        table::print(&["operation", "speed", ""], &rows);
        println!("{megabytes} MiB image, median of {RUNS} runs, direct I/O: {direct}");
        for (transport, rate) in registers.as_object().expect("an object") {
            println!("register reads through {transport}: {:.0}/s", rate["reads_per_second"].as_f64().unwrap_or(0.0));
        }
    }
    Ok(())
}

/// Register reads per second (wall clock) through each simulated transport, and the device
/// cycles one read takes (the UART's bit times dominate: 15 characters of 10 bits).
fn register_operations() -> Result<serde_json::Value, String> {
    use nic_sim::bridge::device::SimulatedDevice;
    use nicctl::driver::{Device, FramedTransport, SimulatedBus, SimulatedUart, Transport};
    fn measure<T: Transport>(device: &mut Device<T>, reads: u32, cycle: impl Fn(&Device<T>) -> u64) -> Result<serde_json::Value, String> {
        let (started, first) = (Instant::now(), cycle(device));
        for _ in 0..reads {
            device.read("id.SCRATCH").map_err(|e| e.to_string())?;
        }
        let seconds = started.elapsed().as_secs_f64();
        Ok(json!({"reads": reads, "reads_per_second": reads as f64 / seconds, "device_cycles_per_read": (cycle(device) - first) as f64 / reads as f64}))
    }
    let mut uart = Device::open(FramedTransport::new(SimulatedUart { device: SimulatedDevice::new() })).map_err(|e| e.to_string())?;
    let mut bus = Device::open(SimulatedBus { device: SimulatedDevice::new() }).map_err(|e| e.to_string())?;
    // The daemon: separate processes, the UART frames over a Unix socket.
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let socket = dir.path().join("nic.sock");
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut daemon = Command::new(exe)
        .args(["sim", "serve", "--socket"])
        .arg(&socket)
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start the simulator daemon: {e}"))?;
    while !socket.exists() && daemon.try_wait().map_err(|e| e.to_string())?.is_none() {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let mut remote = nicctl::driver::connect(&format!("sim:{}", socket.display())).map_err(|e| e.to_string());
    let socket_rate = remote.as_mut().map_err(|e| e.clone()).and_then(|d| measure(d, 500, |_| 0));
    let _ = daemon.kill();
    let _ = daemon.wait();
    let mut socket_rate = socket_rate?;
    socket_rate.as_object_mut().expect("an object").remove("device_cycles_per_read");
    Ok(json!({
        "simulated_uart": measure(&mut uart, 2_000, |d| d.transport.link.device.cycle)?,
        "simulated_bus": measure(&mut bus, 20_000, |d| d.transport.device.cycle)?,
        "simulator_socket_uart": socket_rate,
    }))
}
