//! `nicctl sim replay`: a capture's host frames through the simulated NIC core (docs/nic-core.md,
//! "Replay"); the NIC's frames to a pcap, its counters by cause to the terminal.

use nic_sim::nvme::replay::{replay, ReplayConfig};
use std::path::Path;

/// The core's size in simulation (`nic_core`): 16 QPs on two connectors.
const QPS: usize = 1 << nic_hdl::sizes::sim_core::QP_BITS;
const CONNECTORS: usize = 2;

/// The output must not be the input under another name (compared by device and inode).
fn refuse_same_file(pcap_in: &Path, pcap_out: &Path) -> Result<(), String> {
    use std::os::unix::fs::MetadataExt;
    if let (Ok(a), Ok(b)) = (std::fs::metadata(pcap_in), std::fs::metadata(pcap_out)) {
        if (a.dev(), a.ino()) == (b.dev(), b.ino()) {
            return Err(format!("--pcap-out {} is the input capture {}: refusing to overwrite it", pcap_out.display(), pcap_in.display()));
        }
    }
    Ok(())
}

pub fn run(config: &Path, pcap_in: &Path, pcap_out: &Path, settle_cycles: u64, json: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(config).map_err(|e| format!("cannot read the QP set-up {}: {e}", config.display()))?;
    let settings = ReplayConfig::from_toml(&text)
        .and_then(|c| c.settings(QPS, CONNECTORS))
        .map_err(|e| format!("{}: {e}", config.display()))?;
    refuse_same_file(pcap_in, pcap_out)?;
    // Writable before minutes of simulation, not after.
    std::fs::OpenOptions::new().append(true).create(true).open(pcap_out).map_err(|e| format!("cannot write {}: {e}", pcap_out.display()))?;
    let frames = nic_sim::pcap::read(pcap_in).map_err(|e| e.to_string())?;
    let mut bar = crate::progress::Progress::new("replaying");
    let report = replay(&settings, &frames, settle_cycles, 1, &mut |done, total| bar.update(done as u64, total as u64));
    nic_sim::pcap::write_timed(pcap_out, &report.out).map_err(|e| format!("cannot write {}: {e}", pcap_out.display()))?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report).expect("plain data"));
    } else {
        println!(
            "{} frames in ({} giants dropped by the MAC), {} frames out ({}), {} cycles simulated, {} idle cycles skipped; counters that are not zero:",
            report.frames_in,
            report.frames_dropped_oversize,
            report.frames_out,
            pcap_out.display(),
            report.cycles,
            report.idle_cycles_skipped
        );
        let rows: Vec<Vec<String>> = report.counters.iter().filter(|(_, v)| **v != 0).map(|(k, v)| vec![k.clone(), v.to_string()]).collect();
        crate::table::print(&["counter", "value"], &rows);
    }
    // Every frame in is a count somewhere; a frame lost without one is a fault of the simulated NIC.
    if report.frames_accounted != report.frames_in as u64 {
        return Err(format!("{} frames went in but {} were counted (accepted, dropped by cause, or giants): frames were lost", report.frames_in, report.frames_accounted));
    }
    Ok(())
}
