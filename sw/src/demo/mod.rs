//! `nicctl demo`: what the simulated device can do today, end to end, with its artefacts.
//! It grows with every block: each one runs here against its reference model.

mod failover;
mod power_loss;
mod timeline;

use crate::table;
use nic_sim::models::axis::Beat;
use nic_sim::skid_testbench::{random_wide_item, run_against_model, RunReport};
use nic_sim::power::testbench::random_run;
use nic_sim::verilated::{AxisSkidBuffer, PowerSequencerSim, WideSkidBuffer};
use serde_json::json;
use std::path::Path;

const CYCLES: u64 = 1_000_000;
const SEED: u64 = 1;

pub fn run(out: &Path, wave: bool, as_json: bool) -> Result<(), String> {
    crate::emit::write(&out.join("verilog"), &[])?;
    let mut axis = AxisSkidBuffer::new();
    if wave {
        let path = out.join("axis_skid_buffer.vcd");
        axis.trace_to(&path).map_err(|e| e.to_string())?;
    }
    // A wave file of a million cycles is unreadable; trace a short run when asked.
    let axis_cycles = if wave { 5_000 } else { CYCLES };
    let runs: Vec<(&str, RunReport)> = vec![
        ("axis_skid_buffer", run_against_model(&mut [&mut axis], SEED, axis_cycles, None, Beat::random)?),
        ("wide_skid_buffer", run_against_model(&mut [&mut WideSkidBuffer::new()], SEED, CYCLES, None, random_wide_item)?),
    ];
    let blocks: Vec<_> = runs
        .iter()
        .map(|(block, r)| json!({"block": block, "seed": SEED, "cycles": r.cycles, "items_accepted": r.accepted, "items_delivered": r.delivered, "model_mismatches": 0}))
        .collect();
    // The power sequencer under seeded random trouble (AC loss, glitches, failing supplies, a BIOS
    // that answers, fails or hangs), against its model and with every property monitored.
    let timers = nic_hdl::power::config::PowerTimers::simulation();
    let power = random_run(vec![&mut PowerSequencerSim::new()], &timers, SEED, CYCLES)?;
    let power_summary = json!({
        "block": "power_sequencer_sim", "seed": SEED, "cycles": power.cycles,
        "vaults_answered_by_bios": power.vaults_answered, "watchdog_expiries": power.watchdog_expiries,
        "pg_timeouts": power.pg_timeouts, "pg_losses": power.pg_losses,
        "vaults_impossible": power.vaults_impossible, "orderly_shutdowns": power.shutdowns,
        "model_mismatches": 0, "property_violations": 0,
    });
    // The receive parser on a mix of valid and damaged RoCEv2 frames, against its model.
    let rx = nic_sim::rx::measure::random_mix(SEED, 20_000, 30)?;
    let causes = |i: usize| if i == 0 { "accepted" } else { nic_hdl::roce::wire::DropCause::from_code(i as u8).map_or("?", |c| c.name()) };
    let by_cause: serde_json::Map<String, serde_json::Value> =
        rx.counters.iter().enumerate().map(|(i, n)| (causes(i).to_string(), json!(n))).collect();
    let rx_summary = json!({
        "block": "rx_parser", "seed": SEED, "frames": rx.frames, "beats": rx.beats_in, "cycles": rx.cycles,
        "frames_by_verdict": by_cause, "model_mismatches": 0,
    });
    // The packet builder on random packets (10 % faulty), against its model; what it sends is
    // the host-side transmit capture.
    let tx = nic_sim::tx::measure::random_mix(SEED, 2_000, 10)?;
    let pcap = out.join("host_tx.pcap");
    nic_sim::pcap::write(&pcap, &tx.frames).map_err(|e| format!("{}: {e}", pcap.display()))?;
    let tx_summary = json!({
        "block": "tx_builder", "seed": SEED, "packets": 2_000, "frames_sent": tx.stat_frames,
        "bad_descriptors": tx.stat_bad_descriptors, "payload_mismatches": tx.stat_payload_mismatches,
        "beats": tx.beats_out, "cycles": tx.cycles, "pcap": "host_tx.pcap", "model_mismatches": 0,
    });
    // RC transport over links that lose, duplicate and reorder: the requester RTL sending to the
    // hosts' endpoint models, and the hosts' go-back-N requesters sending to the responder RTL.
    let rc = rc_transport()?;
    // NVMe over the connectors with a controller failover (message level), and a power loss with
    // the BIOS saving memory to the vault and restoring it (the verilated control plane).
    let failover = failover::run(SEED)?;
    let nvme_pcap = out.join("nvme_failover.pcap");
    nic_sim::pcap::write_timed(&nvme_pcap, &failover.host_frames).map_err(|e| format!("{}: {e}", nvme_pcap.display()))?;
    let scratch = tempfile::tempdir().map_err(|e| e.to_string())?;
    let power_loss = power_loss::run(scratch.path(), SEED)?;
    let in_cycles = |tick: u64| tick * failover::CLOCKS_PER_TICK;
    let markers = [(failover::LINK_DOWN_AT, "A's link down"), (failover::LINK_UP_AT, "A back (fenced)"), (failover::FAILBACK_AT, "failback")].map(|(t, l)| (in_cycles(t), l));
    let completions: Vec<(u64, u64)> = failover.completions.iter().map(|(t, l)| (in_cycles(*t), in_cycles(*l))).collect();
    let plot = timeline::Timeline { completions: &completions, markers: &markers, rails: &power_loss.rails, rail_names: &nic_hdl::power::config::BOARD_RAILS, events: &power_loss.events };
    timeline::write(out, &plot)?;
    let summary = json!({
        "simulator": "verilator", "blocks": blocks, "power": power_summary, "rx_parser": rx_summary, "tx_builder": tx_summary,
        "rc_transport": rc, "failover": failover.summary, "failover_pcap": "nvme_failover.pcap", "power_loss_vault": power_loss.summary, "timeline": ["timeline.svg", "timeline.png"],
    });
    let text = serde_json::to_string_pretty(&summary).map_err(|e| e.to_string())?;
    std::fs::write(out.join("summary.json"), &text).map_err(|e| e.to_string())?;
    if as_json {
        println!("{text}");
    } else {
        let rows: Vec<Vec<String>> = runs
            .iter()
            .map(|(block, r)| vec![block.to_string(), r.cycles.to_string(), r.accepted.to_string(), r.delivered.to_string(), "0".into()])
            .collect();
        table::print(&["block", "cycles", "accepted", "delivered", "model mismatches"], &rows);
        println!();
        let rows = vec![vec![
            power.cycles.to_string(),
            power.vaults_answered.to_string(),
            power.watchdog_expiries.to_string(),
            (power.pg_timeouts + power.pg_losses).to_string(),
            power.vaults_impossible.to_string(),
            "0".into(),
        ]];
        table::print(&["power cycles", "vaults done", "watchdog cut-offs", "PG faults", "no-backup losses", "property violations"], &rows);
        println!();
        let rows: Vec<Vec<String>> =
            rx.counters.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| vec![causes(i).to_string(), n.to_string()]).collect();
        table::print(&["rx_parser verdict (20 000 frames, 30 % damaged)", "frames"], &rows);
        println!();
        let rows = vec![vec![
            "2000".into(),
            tx.stat_frames.to_string(),
            tx.stat_bad_descriptors.to_string(),
            tx.stat_payload_mismatches.to_string(),
            "0".into(),
        ]];
        table::print(&["tx_builder packets", "frames sent", "refused", "payload mismatches (ICRC stomped)", "model mismatches"], &rows);
        println!();
        let rows: Vec<Vec<String>> = ["rc_requester", "rc_responder"]
            .iter()
            .map(|block| {
                let r = &rc[*block];
                vec![
                    block.to_string(),
                    r["packets_delivered"].to_string(),
                    r["packets_lost"].to_string(),
                    r["packets_duplicated"].to_string(),
                    r["packets_reordered"].to_string(),
                    r["packets_resent"].to_string(),
                    r["timeouts"].to_string(),
                    r["sequence_naks"].to_string(),
                    "0".into(),
                ]
            })
            .collect();
        table::print(
            &["RC over lossy links", "delivered once, in order", "lost", "duplicated", "reordered", "resent", "timeouts", "NAKs", "order violations"],
            &rows,
        );
        println!();
        let f = &failover.summary;
        let rows = vec![vec![
            f["commands"].to_string(),
            f["completed_once"].to_string(),
            f["io_errors"].to_string(),
            f["data_mismatches"].to_string(),
            f["commands_replayed"].to_string(),
            f["detection_to_first_b_work_request_cycles"].to_string(),
            format!("{} / {} / {}", f["before"]["p99_latency_cycles"], f["during"]["p99_latency_cycles"], f["after"]["p99_latency_cycles"]),
        ]];
        table::print(&["NVMe commands (failover, RTL)", "completed once", "I/O errors", "data mismatches", "replayed", "detect -> B (cycles)", "p99 latency before/during/after (cycles)"], &rows);
        println!();
        let p = &power_loss.summary;
        let rows = vec![vec![
            p["memory_bytes"].to_string(),
            format!("{:.0}", p["save_megabytes_per_second"].as_f64().unwrap_or(0.0)),
            format!("{} of {}", p["vault_cycles"], p["vault_watchdog_cycles"]),
            p["memory_identical_after_restore"].to_string(),
            p["power_off_flag_cleared"].to_string(),
        ]];
        table::print(&["power loss: memory saved (B)", "save MB/s", "vault cycles (budget)", "restored byte-exact", "flag cleared"], &rows);
        println!("artefacts in {}", out.display());
    }
    Ok(())
}

/// The two RC closed loops over impaired links, summarised.
fn rc_transport() -> Result<serde_json::Value, String> {
    use nic_hdl::roce::rc::RequesterEvent;
    use nic_sim::rc::{host_sends, nic_sends, requester, responder};
    let mut rng = nic_sim::stimulus::rng(SEED);
    let mut bench = requester::Bench::new(SEED, requester::Traffic::random(&mut rng), 7);
    let scenario = nic_sends::Scenario::random(&mut rng, true, 40);
    let sent = nic_sends::run(&mut bench, &scenario, &mut rng, 20_000_000)?;
    let c = &sent.counters;
    let requester_summary = json!({
        "block": "rc_requester", "seed": SEED, "qps": scenario.qps, "cycles": sent.cycles,
        "work_requests_completed": sent.wrs_completed, "packets_delivered": sent.packets_delivered, "bytes_delivered": sent.bytes_delivered,
        "packets_lost": sent.forward.lost + sent.backward.lost, "packets_duplicated": sent.forward.duplicated + sent.backward.duplicated,
        "packets_reordered": sent.forward.reordered + sent.backward.reordered,
        "packets_resent": c[&RequesterEvent::PacketResent], "timeouts": c[&RequesterEvent::Timeout],
        "sequence_naks": c[&RequesterEvent::SequenceNak], "rnr_naks": c[&RequesterEvent::RnrNak],
        "work_requests_refused": c[&RequesterEvent::WrRefused], "order_violations": 0, "model_mismatches": 0,
    });
    let hold = nic_sim::stimulus::Handshake { valid_percent: 100, ready_percent: 75, reset_one_in: 0 };
    let smooth = nic_sim::stimulus::Handshake { valid_percent: 100, ready_percent: 100, reset_one_in: 0 };
    let mut bench = responder::Bench::new(SEED, 1, smooth, hold);
    let scenario = host_sends::Scenario::random_lossy(&mut rng, 20);
    let got = host_sends::run(&mut bench, &scenario, &mut rng, 5_000_000)?;
    let responder_summary = json!({
        "block": "rc_responder", "seed": SEED, "qps": scenario.qps, "cycles": got.cycles, "packets_delivered": got.delivered,
        "packets_lost": got.forward.lost + got.backward.lost, "packets_duplicated": got.forward.duplicated + got.backward.duplicated,
        "packets_reordered": got.forward.reordered + got.backward.reordered,
        "packets_resent": got.requesters.resent, "timeouts": got.requesters.timeouts,
        "sequence_naks": got.requesters.sequence_naks, "rnr_naks": got.requesters.rnr_naks,
        "order_violations": 0, "model_mismatches": 0,
    });
    Ok(json!({"rc_requester": requester_summary, "rc_responder": responder_summary}))
}
