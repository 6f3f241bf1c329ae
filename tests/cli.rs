//! End to end through the `nicctl` binary, as a user runs it.

use std::path::Path;
use std::process::{Command, Output};

fn nicctl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nicctl")).args(args).output().expect("nicctl runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn emit_writes_verilog_and_manifests_that_match_the_committed_ones() {
    let dir = tempfile::tempdir().unwrap();
    let out = nicctl(&["emit", "--out", dir.path().to_str().unwrap(), "--top", "axis_skid_buffer", "--top", "wide_skid_buffer"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 4, "the two tops asked for, nothing else");
    let unknown = nicctl(&["emit", "--out", dir.path().to_str().unwrap(), "--top", "no_such_top"]);
    assert!(!unknown.status.success() && String::from_utf8_lossy(&unknown.stderr).contains("no such top"), "{unknown:?}");
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("../hdl/verilog");
    for top in ["axis_skid_buffer", "wide_skid_buffer"] {
        for ext in ["v", "ports.json"] {
            let name = format!("{top}.{ext}");
            let fresh = std::fs::read_to_string(dir.path().join(&name)).unwrap();
            assert_eq!(fresh, std::fs::read_to_string(committed.join(&name)).unwrap(), "{name}");
        }
    }
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("wide_skid_buffer.ports.json")).unwrap()).unwrap();
    let in_data = manifest["ports"].as_array().unwrap().iter().find(|p| p["name"] == "in_data").unwrap();
    assert_eq!((in_data["direction"].as_str(), in_data["width"].as_u64()), (Some("input"), Some(200)));
}

#[test]
fn demo_runs_every_block_against_its_model_and_writes_artefacts() {
    let dir = tempfile::tempdir().unwrap();
    let out = nicctl(&["demo", "--out", dir.path().to_str().unwrap(), "--wave", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("summary.json")).unwrap()).unwrap();
    // One unit of time everywhere: clock cycles (the models' ticks never leak into the summary).
    assert!(!summary.to_string().contains("tick"), "{summary}");
    assert!(summary["failover"]["during"]["p99_latency_cycles"].as_u64().unwrap() > 0, "{summary}");
    let printed: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(summary, printed);
    // NVMe with a controller failover (message level) and the power-loss vault, plotted.
    let f = &summary["failover"];
    assert_eq!((f["io_errors"].as_u64(), f["data_mismatches"].as_u64(), f["duplicate_or_late_completions"].as_u64()), (Some(0), Some(0), Some(0)), "{f}");
    assert_eq!(f["commands"], f["completed_once"]);
    assert!(f["failovers"] == 1 && f["failbacks"] == 1 && f["commands_replayed"].as_u64().unwrap() > 0, "{f}");
    // The failover's host link, as Wireshark sees it: NVMe over RoCE, nothing malformed.
    let nvme = std::process::Command::new("tshark")
        .args(["-r", dir.path().join("nvme_failover.pcap").to_str().unwrap(), "-T", "fields", "-e", "nvme.cmd.opc", "-e", "_ws.malformed"])
        .output()
        .expect("tshark runs (scripts/setup.sh installs it)");
    let rows = String::from_utf8_lossy(&nvme.stdout).into_owned();
    assert!(rows.lines().filter(|l| l.starts_with("0x")).count() > 100, "NVMe commands decoded");
    assert!(rows.lines().all(|l| !l.contains('\t') || l.split('\t').nth(1) == Some("")), "no malformed frame");
    let p = &summary["power_loss_vault"];
    assert!(p["memory_identical_after_restore"] == true && p["power_off_flag_cleared"] == true && p["watchdog_expiries"] == 0, "{p}");
    assert!(p["vault_cycles"].as_u64().unwrap() < p["vault_watchdog_cycles"].as_u64().unwrap(), "{p}");
    let svg = std::fs::read_to_string(dir.path().join("timeline.svg")).unwrap();
    assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>") && svg.contains("VAULT_DISK") && svg.contains("time (clock cycles)"));
    timeline_png_is_whole(&dir.path().join("timeline.png"));
    for block in summary["blocks"].as_array().unwrap() {
        assert_eq!(block["model_mismatches"], 0);
        assert!(block["items_delivered"].as_u64().unwrap() > 1000, "{block}");
    }
    let rx = &summary["rx_parser"];
    assert_eq!(rx["frames"], 20_000);
    let verdicts = rx["frames_by_verdict"].as_object().unwrap();
    assert_eq!(verdicts.values().map(|n| n.as_u64().unwrap()).sum::<u64>(), 20_000, "every frame has one verdict");
    assert!(verdicts["accepted"].as_u64().unwrap() > 10_000 && verdicts["icrc"].as_u64().unwrap() > 0, "{rx}");
    let tx = &summary["tx_builder"];
    let sent = tx["frames_sent"].as_u64().unwrap();
    assert!(sent > 1_500 && tx["bad_descriptors"].as_u64().unwrap() > 0 && tx["payload_mismatches"].as_u64().unwrap() > 0, "{tx}");
    // The capture holds every frame sent: a 24-byte header, then a 16-byte header per frame.
    let pcap = std::fs::read(dir.path().join("host_tx.pcap")).unwrap();
    let (mut offset, mut frames) = (24, 0);
    while offset < pcap.len() {
        offset += 16 + u32::from_le_bytes(pcap[offset + 8..offset + 12].try_into().unwrap()) as usize;
        frames += 1;
    }
    assert_eq!((offset, frames), (pcap.len(), sent));
    // Both RC loops recovered from real losses and delivered everything.
    for block in ["rc_requester", "rc_responder"] {
        let r = &summary["rc_transport"][block];
        assert!(r["packets_delivered"].as_u64().unwrap() > 300 && r["packets_lost"].as_u64().unwrap() > 0, "{r}");
        assert!(r["packets_resent"].as_u64().unwrap() > 0 && r["order_violations"] == 0, "{r}");
    }
    let vcd = std::fs::read_to_string(dir.path().join("axis_skid_buffer.vcd")).unwrap();
    assert!(vcd.contains("m_axis_tdata"));
    assert!(dir.path().join("verilog/axis_skid_buffer.v").exists());
}

/// The timeline as a picture: its size, a white margin all round (nothing drawn to the edge, so
/// nothing cut off), and text in the places labels go (rail names, the events' key).
fn timeline_png_is_whole(path: &Path) {
    let decoder = png::Decoder::new(std::fs::File::open(path).unwrap());
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((info.width, info.height), (1200, 960), "timeline size");
    let channels = info.line_size / info.width as usize;
    let dark = |x: u32, y: u32| pixels[y as usize * info.line_size + x as usize * channels..][..3].iter().all(|&c| c < 128);
    let dark_in = |xs: std::ops::Range<u32>, ys: std::ops::Range<u32>| ys.clone().flat_map(|y| xs.clone().map(move |x| (x, y))).filter(|&(x, y)| dark(x, y)).count();
    let margin = 6;
    assert_eq!(dark_in(0..1200, 0..margin) + dark_in(0..1200, 960 - margin..960), 0, "nothing at the top or bottom edge");
    assert_eq!(dark_in(0..margin, 0..960) + dark_in(1200 - margin..1200, 0..960), 0, "nothing at the left or right edge");
    assert!(dark_in(margin..140, 500..820) > 300, "rail names left of the rails chart");
    assert!(dark_in(margin..1200, 860..960 - margin) > 500, "the events' key below it");
    assert!(dark_in(margin..1200, margin..50) > 300, "the title");
}

#[test]
fn bench_sim_speed_reports_both_simulators_as_json() {
    let out = nicctl(&["bench", "sim-speed", "--cycles", "20000", "--nic-core-commands", "30", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let sims = report["simulators"].as_array().unwrap();
    let names: Vec<_> = sims.iter().map(|s| s["simulator"].as_str().unwrap()).collect();
    assert_eq!(names, ["verilator", "rust-hdl"]);
    for s in sims {
        assert!(s["cycles_per_second"].as_f64().unwrap() > 0.0);
    }
    assert!(report["verilator_speedup_over_rust_hdl"].as_f64().unwrap() > 0.0);
    let core = &report["nic_core"];
    assert_eq!(core["commands"], 30, "{core}");
    assert!(core["cycles"].as_u64().unwrap() > 1000 && core["cycles_per_second"].as_f64().unwrap() > 0.0, "{core}");
    assert!(core["meets_goal"].is_boolean(), "{core}");
    // Nothing to time is refused, not reported as a goal met.
    for args in [["--nic-core-commands", "0"], ["--cycles", "0"]] {
        let out = nicctl(&["bench", "sim-speed", args[0], args[1]]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("not in 1.."), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn bad_arguments_fail_with_a_message() {
    let out = nicctl(&["bench", "no-such-bench"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-bench"));
    let out = nicctl(&["emit", "--out", "/proc/forbidden/x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: writing to /proc/forbidden/x"));
    // A file where the directory should be: said so, and the file is left as it was.
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), "keep me").unwrap();
    let out = nicctl(&["emit", "--out", file.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("exists and is not a directory"), "{out:?}");
    assert_eq!(std::fs::read_to_string(file.path()).unwrap(), "keep me");
}

#[test]
fn bench_power_reports_vault_timing_within_its_bounds() {
    let out = nicctl(&["bench", "power", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let board = &r["board"];
    assert!(board["ac_loss_to_reboot_cycles"].as_u64().unwrap() > board["ac_debounce_cycles"].as_u64().unwrap());
    let sim = &r["simulation"];
    assert!(sim["bios_hang_to_all_off_cycles"].as_u64().unwrap() <= sim["bios_hang_to_all_off_bound_cycles"].as_u64().unwrap());
    assert!(r["ice40_hx8k"]["fmax_mhz"].as_f64().unwrap() > 0.0);
    assert!(r["ice40_hx8k"]["luts"].as_u64().unwrap() > 0);
}

#[test]
fn bench_builder_reports_line_rate_and_single_loss_recovery() {
    let out = nicctl(&["bench", "builder", "--sim-only", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for p in r["line_rate"].as_array().unwrap() {
        assert_eq!(p["beats_per_cycle"].as_f64().unwrap(), 1.0, "{p}");
    }
    let cases = r["single_packet_loss"]["cases"].as_array().unwrap();
    let timeout = r["single_packet_loss"]["timeout_cycles"].as_u64().unwrap();
    for c in cases {
        let recovery = c["recovery_cycles"].as_u64().unwrap();
        assert!(recovery > 0 && c["packets_resent"].as_u64().unwrap() > 0, "{c}");
        // A NAK recovers well within the timeout; a lost last packet costs about one timeout.
        if c["sequence_naks"].as_u64().unwrap() > 0 {
            assert!(recovery < timeout / 4, "{c}");
        } else {
            assert!(c["timeouts"].as_u64().unwrap() == 1 && recovery >= timeout * 9 / 10, "{c}");
        }
    }
}

#[test]
fn the_register_document_is_generated_from_the_map_and_current() {
    let out = nicctl(&["regs", "--markdown"]);
    assert!(out.status.success());
    let committed = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/registers.md")).unwrap();
    assert!(stdout(&out) == committed, "docs/registers.md is stale: run `cargo run -p nicctl -- regs --markdown > docs/registers.md`");
    let map: serde_json::Value = serde_json::from_slice(&nicctl(&["regs", "--json"]).stdout).unwrap();
    let power = map.as_array().unwrap().iter().find(|b| b["name"] == "power").unwrap();
    assert_eq!(power["base"], 0x200);
}

/// A `nicctl sim serve` daemon for the duration of a test.
struct Simulator {
    child: std::process::Child,
    device: String,
    _dir: tempfile::TempDir,
}

impl Simulator {
    fn start() -> Simulator {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("nic.sock");
        let child = Command::new(env!("CARGO_BIN_EXE_nicctl"))
            .args(["sim", "serve", "--socket", socket.to_str().unwrap()])
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        for _ in 0..200 {
            if socket.exists() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Simulator { child, device: format!("sim:{}", socket.display()), _dir: dir }
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut all = vec!["--device", self.device.as_str()];
        all.extend_from_slice(args);
        nicctl(&all)
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn separate_invocations_share_one_simulated_device() {
    let sim = Simulator::start();
    let out = sim.run(&["regs", "write", "id.SCRATCH", "0xcafe"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let read: serde_json::Value = serde_json::from_slice(&sim.run(&["regs", "read", "id.scratch", "--json"]).stdout).unwrap();
    assert_eq!(read["value"], 0xcafe, "the second invocation sees the first one's write");
    let status = |sim: &Simulator| -> serde_json::Value { serde_json::from_slice(&sim.run(&["power", "status", "--json"]).stdout).unwrap() };
    assert_eq!(status(&sim)["state"], "Off");
    assert!(sim.run(&["power", "button"]).status.success());
    let mut state = serde_json::Value::Null;
    for _ in 0..50 {
        state = status(&sim);
        if state["state"] == "Run" {
            break;
        }
    }
    assert_eq!(state["state"], "Run", "{state}");
    assert!(sim.run(&["power", "ac-loss"]).status.success());
    // No BIOS answers: the watchdog cuts the vault short and everything goes off.
    for _ in 0..50 {
        state = status(&sim);
        if state["state"] == "AcWait" {
            break;
        }
    }
    assert_eq!((state["watchdog_expired"].as_bool(), state["power_off_flag"].as_bool(), state["vault_count"].as_u64()), (Some(true), Some(true), Some(1)), "{state}");
    let stats: serde_json::Value = serde_json::from_slice(&sim.run(&["stats", "--json"]).stdout).unwrap();
    assert!(stats["bridge"]["frames_ok"].as_u64().unwrap() > 5 && stats["bridge"]["bad_checksum"] == 0, "{stats}");
}

/// Issue 24: clients of `sim serve` are served side by side: one that connects and says nothing,
/// or leaves half a frame on the UART, blocks no one; a daemon that never answers is reported.
#[test]
fn an_idle_client_blocks_no_one_and_a_silent_daemon_times_out() {
    use std::io::Write;
    let sim = Simulator::start();
    let socket = sim.device.strip_prefix("sim:").unwrap().to_owned();
    let _idle = std::os::unix::net::UnixStream::connect(&socket).unwrap();
    let mut half_frame = std::os::unix::net::UnixStream::connect(&socket).unwrap();
    half_frame.write_all(b"{\"send\":[165,1]}\n").unwrap();
    let started = std::time::Instant::now();
    let out = sim.run(&["regs", "write", "id.SCRATCH", "0x5a5a"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let read: serde_json::Value = serde_json::from_slice(&sim.run(&["regs", "read", "id.SCRATCH", "--json"]).stdout).unwrap();
    assert_eq!(read["value"], 0x5a5a);
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "served beside idle clients in {:?}", started.elapsed());
    // A socket whose owner never answers: a clear error once the wait is over, not a hang.
    let dir = tempfile::tempdir().unwrap();
    let silent = dir.path().join("silent.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&silent).unwrap();
    let out = nicctl(&["--device", &format!("sim:{}", silent.display()), "regs", "read", "id.SCRATCH"]);
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && message.contains("did not answer within 10 s"), "{message}");
}

#[test]
fn device_errors_are_clear_and_fail() {
    let sim = Simulator::start();
    for (args, message) in [
        (vec!["regs", "read", "power.nothing"], "unknown register `power.nothing`"),
        (vec!["regs", "read", "0x0400"], "refused the access of 0x0400"),
        (vec!["regs", "read", "roce.RX_ACCEPTED"], "this device has no `roce` block"),
        (vec!["regs", "write", "0x05ff", "1"], "this device has no `mac` block"),
        (vec!["qp", "add", "99"], "beyond the device's QP table"),
        (vec!["qp", "add", "1", "--connector", "5"], "connector 5 does not exist"),
        (vec!["regs", "write", "id.SCRATCH", "twelve"], "not a number"),
    ] {
        let out = sim.run(&args);
        assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains(message), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let out = nicctl(&["--device", "sim:/nonexistent/nic.sock", "power", "status"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("nicctl sim serve"));
    // A regular file where the socket should be: said so, not "connection refused".
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-socket");
    std::fs::write(&file, "").unwrap();
    for device in [format!("sim:{}", file.display()), format!("nic:{}", file.display())] {
        let out = nicctl(&["--device", &device, "stats"]);
        assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("is not a socket"), "{device}: {out:?}");
    }
    // A directory as the capture: the error names it.
    std::fs::write(dir.path().join("qps.toml"), replay_set_up(1024)).unwrap();
    let config = dir.path().join("qps.toml");
    let out = nicctl(&["sim", "replay", "--config", config.to_str().unwrap(), "--pcap-in", dir.path().to_str().unwrap(), "--pcap-out", dir.path().join("o.pcap").to_str().unwrap()]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains(&format!("cannot read {}", dir.path().display())), "{out:?}");
    let out = Command::new(env!("CARGO_BIN_EXE_nicctl")).args(["power", "status"]).env_remove("NICCTL_DEVICE").output().unwrap();
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no device"));
}

#[test]
fn qps_links_and_failback_through_the_register_bridge() {
    let sim = Simulator::start();
    for args in [["qp", "add", "1", "--connector", "0", "--controller", "a"], ["qp", "add", "2", "--connector", "1", "--controller", "b"]] {
        let out = sim.run(&args);
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let list = |sim: &Simulator| -> serde_json::Value { serde_json::from_slice(&sim.run(&["qp", "list", "--json"]).stdout).unwrap() };
    assert_eq!(list(&sim), serde_json::json!([{"qp": 1, "connector": 0, "home_controller": "a"}, {"qp": 2, "connector": 1, "home_controller": "b"}]));
    let stats = |sim: &Simulator| -> serde_json::Value { serde_json::from_slice(&sim.run(&["stats", "--json"]).stdout).unwrap() };
    assert_eq!(stats(&sim)["nvme"]["failovers"], 0);
    assert_eq!(stats(&sim)["controllers"]["a"], serde_json::json!({"link_up": true, "admin_down": false, "fenced": false, "serving": true}));
    // A's links taken down: the supervisor fails A over (its QP goes to B) and fences it.
    let out = sim.run(&["link", "down", "a"]);
    assert!(out.status.success() && stdout(&out).contains("controller a: link down (administratively), fenced"), "{}", stdout(&out));
    assert_eq!(stats(&sim)["nvme"]["failovers"], 1);
    assert_eq!(stats(&sim)["controllers"]["a"], serde_json::json!({"link_up": false, "admin_down": true, "fenced": true, "serving": false}));
    // While A is away, failback has nowhere to go.
    let out = sim.run(&["failback"]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("both controllers must be serving"));
    // Back: controller A answers FENCE, is readmitted, and the QPs can go home.
    let out = sim.run(&["link", "up", "a"]);
    assert!(out.status.success() && stdout(&out).contains("controller a: link up, serving"), "{}", stdout(&out));
    let out = sim.run(&["failback"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stats(&sim)["nvme"]["failbacks"], 1);
    let table = stdout(&sim.run(&["stats"]));
    assert!(table.contains("controller a: link up, serving") && table.contains("controller b: link up, serving"), "{table}");
    assert!(sim.run(&["qp", "del", "2"]).status.success());
    assert_eq!(list(&sim), serde_json::json!([{"qp": 1, "connector": 0, "home_controller": "a"}]));
}

/// A capture of one host's capsule to QP 3, recorded from the verilated core itself.
fn recorded_capsule() -> Vec<(u64, Vec<u8>)> {
    use nic_sim::nvme::connector::HostIn;
    use nic_sim::nvme::fabric::Nic;
    use nic_sim::nvme::nic_core_rtl::NicCoreRtl;
    let mut recorder = NicCoreRtl::new(1, 1000, 16, nic_sim::nvme::links::Pressure { valid_pct: 100, ready_pct: 100 });
    recorder.add_qp(3, 1, 0);
    Nic::from_host(&mut recorder, 0, HostIn::Send { qp: 3, data: nic_sim::nvme::scenarios::read_capsule(1) });
    recorder.run(2000);
    recorder.wire.iter().filter(|f| f.to_nic).map(|f| (f.cycle * 10, f.bytes.clone())).collect()
}

/// The replay's QP set-up for `recorded_capsule`, with this path MTU.
fn replay_set_up(mtu: u32) -> String {
    use nic_sim::nvme::nic_core_rtl::{host_first_psn, nic_first_psn};
    format!(
        "[nic]\nmac = \"02:4e:49:43:00:01\"\nip = \"10.0.0.1\"\nqpn_base = 0x10\nmtu = {mtu}\n\n[[qp]]\nqp = 3\nconnector = 1\ncontroller = \"a\"\n\
         peer_mac = \"02:48:4f:53:54:01\"\npeer_ip = \"10.0.0.11\"\npeer_qpn = 0x103\nhost_psn = {}\nnic_psn = {}\n",
        host_first_psn(3),
        nic_first_psn(3)
    )
}

#[test]
fn sim_replay_feeds_a_capture_through_the_core_and_writes_what_it_sends() {
    let capture = recorded_capsule();
    let dir = tempfile::tempdir().unwrap();
    let (pcap_in, pcap_out, config) = (dir.path().join("host.pcap"), dir.path().join("nic.pcap"), dir.path().join("qps.toml"));
    nic_sim::pcap::write_timed(&pcap_in, &capture).unwrap();
    let set_up = replay_set_up;
    std::fs::write(&config, set_up(1024)).unwrap();
    let args = |json: bool| {
        let mut a = vec!["sim", "replay", "--config", config.to_str().unwrap(), "--pcap-in", pcap_in.to_str().unwrap()];
        a.extend(["--pcap-out", pcap_out.to_str().unwrap()]);
        if json {
            a.push("--json");
        }
        a
    };
    let out = nicctl(&args(true));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let c = &report["counters"];
    assert_eq!((report["frames_in"].as_u64(), report["settled"].as_bool()), (Some(capture.len() as u64), Some(true)), "{report}");
    assert_eq!(report["commands_held_by_controllers"].as_u64(), Some(0), "{report}");
    assert_eq!((c["rx_accepted"].as_u64(), c["responder_accepted_acked"].as_u64(), c["connector_commands_forwarded"].as_u64()), (Some(1), Some(1), Some(1)), "{report}");
    // The NIC's frames: the ACK of the capsule, then the controller's answer (its CQE, as a SEND).
    let sent = nic_sim::pcap::read(&pcap_out).unwrap();
    assert_eq!(sent.len() as u64, report["frames_out"].as_u64().unwrap());
    assert!(sent.len() >= 2 && sent.iter().all(|(_, f)| f[49] == 0x03 && f[48] == 0x01), "every frame to the host's QPN 0x103");
    assert_eq!(sent[0].1[42], 0x11, "the capsule's ACK first");
    let table = nicctl(&args(false));
    assert!(table.status.success() && stdout(&table).contains("rx_accepted"), "{}", stdout(&table));
    // A set-up the core cannot take is refused with the field named.
    std::fs::write(&config, set_up(1000)).unwrap();
    let refused = nicctl(&args(false));
    assert!(!refused.status.success() && String::from_utf8_lossy(&refused.stderr).contains("nic.mtu: 1000"), "{refused:?}");
}

/// Issue 24: every frame of a replay is counted (a giant by the MAC), a capture's idle gap is
/// skipped, not simulated, and pcapng (Wireshark's default) replays as the same pcap does.
#[test]
fn sim_replay_counts_every_frame_skips_idle_gaps_and_reads_pcapng() {
    let mut capture = recorded_capsule();
    let last = capture.last().unwrap().0;
    let ethernet = |ethertype: [u8; 2], len: usize| {
        let mut frame = [[0x02, 0x4e, 0x49, 0x43, 0x00, 0x01], [0x02, 0x48, 0x4f, 0x53, 0x54, 0x01]].concat();
        frame.extend(ethertype);
        frame.resize(len, 0);
        frame
    };
    capture.push((last + 1_000, ethernet([0x08, 0x00], 200 << 10))); // a giant: 200 KiB
    capture.push((last + 2_000_000_000, ethernet([0x88, 0xcc], 60))); // after 2 s: an LLDP frame
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name);
    nic_sim::pcap::write_timed(&path("host.pcap"), &capture).unwrap();
    std::fs::write(path("qps.toml"), replay_set_up(1024)).unwrap();
    let run = |input: &str, output: &str| -> Output {
        let (config, input, output) = (path("qps.toml"), path(input), path(output));
        nicctl(&["sim", "replay", "--config", config.to_str().unwrap(), "--pcap-in", input.to_str().unwrap(), "--pcap-out", output.to_str().unwrap(), "--json"])
    };
    let out = run("host.pcap", "nic.pcap");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["frames_in"].as_u64(), Some(capture.len() as u64), "{report}");
    assert_eq!(report["frames_accounted"], report["frames_in"], "{report}");
    assert_eq!((report["frames_dropped_oversize"].as_u64(), report["counters"]["rx_dropped_ethertype"].as_u64()), (Some(1), Some(1)), "{report}");
    assert_eq!(report["counters"]["rx_accepted"].as_u64(), Some(capture.len() as u64 - 2), "{report}");
    // The 2 s gap (200 M cycles at 100 MHz) is jumped over, not simulated.
    assert!(report["idle_cycles_skipped"].as_u64().unwrap() > 190_000_000 && report["cycles"].as_u64().unwrap() < 1_000_000, "{report}");
    // The same capture as pcapng, written by Wireshark's editcap: the same run, the same output.
    let converted = Command::new("editcap").args(["-F", "pcapng"]).arg(path("host.pcap")).arg(path("host.pcapng")).output().expect("editcap (setup.sh installs tshark)");
    assert!(converted.status.success() && converted.stderr.is_empty(), "{converted:?}");
    let again = run("host.pcapng", "nic-ng.pcap");
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    let again: serde_json::Value = serde_json::from_str(&stdout(&again)).unwrap();
    assert_eq!(again, report);
    assert!(std::fs::read(path("nic-ng.pcap")).unwrap() == std::fs::read(path("nic.pcap")).unwrap(), "the same frames at the same times");
    // A pcapng cut short is refused with a message, not a panic.
    let bytes = std::fs::read(path("host.pcapng")).unwrap();
    std::fs::write(path("cut.pcapng"), &bytes[..bytes.len() - 100]).unwrap();
    let cut = run("cut.pcapng", "cut-out.pcap");
    assert!(!cut.status.success() && String::from_utf8_lossy(&cut.stderr).contains("cut.pcapng"), "{cut:?}");
}

/// Issue 24: nothing a user types destroys a file, and a closed stdout or a bad number gives a
/// message, not a panic.
#[test]
fn sockets_and_outputs_never_replace_a_users_file() {
    let dir = tempfile::tempdir().unwrap();
    let precious = dir.path().join("notes.txt");
    std::fs::write(&precious, "keep me").unwrap();
    let path = precious.to_str().unwrap();
    for args in [vec!["sim", "serve", "--socket", path], vec!["sim", "nic", "--ethernet", &format!("unix:{path}")]] {
        let out = nicctl(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && stderr.contains("is not a socket"), "{args:?}: {stderr}");
        assert_eq!(std::fs::read_to_string(&precious).unwrap(), "keep me", "{args:?} left the file alone");
    }
    let wrong = nicctl(&["sim", "nic", "--ethernet", "tcp:1234"]);
    assert!(!wrong.status.success() && String::from_utf8_lossy(&wrong.stderr).contains("expected unix:PATH"), "{wrong:?}");

    // The replay's output is its input under another name: refused before anything is written.
    let capture = dir.path().join("host.pcap");
    nic_sim::pcap::write(&capture, &[vec![0u8; 60]]).unwrap();
    let before = std::fs::read(&capture).unwrap();
    let alias = dir.path().join("alias.pcap");
    std::fs::hard_link(&capture, &alias).unwrap();
    let config = dir.path().join("qps.toml");
    std::fs::write(&config, "[nic]\nmac = \"02:4e:49:43:00:01\"\nip = \"10.0.0.1\"\nqpn_base = 16\nmtu = 1024\n").unwrap();
    let out = nicctl(&["sim", "replay", "--config", config.to_str().unwrap(), "--pcap-in", capture.to_str().unwrap(), "--pcap-out", alias.to_str().unwrap()]);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("is the input capture"), "{out:?}");
    assert_eq!(std::fs::read(&capture).unwrap(), before);

    let speed = nicctl(&["sim", "serve", "--socket", dir.path().join("s").to_str().unwrap(), "--cycles-per-second", "10000000000"]);
    assert!(!speed.status.success() && String::from_utf8_lossy(&speed.stderr).contains("10000000000"), "{speed:?}");
}

#[test]
fn numbers_out_of_range_and_closed_pipes_are_handled() {
    let out = nicctl(&["--device", "sim:/nonexistent", "regs", "write", "id.SCRATCH", "0x100000000"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains("out of range"), "{stderr}");
    let out = nicctl(&["--device", "sim:/nonexistent", "regs", "write", "id.SCRATCH", "12zz"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a number"), "{out:?}");
    // stdout closed before the map is printed: no panic (exit 101), as `nicctl regs | head -1`.
    let mut child = Command::new(env!("CARGO_BIN_EXE_nicctl")).arg("regs").stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_ne!(out.status.code(), Some(101), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"), "{}", String::from_utf8_lossy(&out.stderr));
    // stdout that cannot take the output (`> /dev/full`): an error with a message, exit 1.
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nicctl")).arg("regs").stdout(full).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code() == Some(1) && stderr.contains("cannot write the output") && !stderr.contains("panicked"), "{stderr}");
}

/// Issue 24: a committed vault image is never wiped without `--force`, an impossible size leaves
/// no file behind, and a write to a read-only register is refused with a message.
#[test]
fn vault_format_keeps_a_committed_image_and_read_only_registers_refuse_writes() {
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("vault.img");
    let region = dir.path().join("mem.bin");
    std::fs::write(&region, vec![0x5A; 64 << 10]).unwrap();
    let (d, r) = (disk.to_str().unwrap(), region.to_str().unwrap());
    let tiny = nicctl(&["vault", "format", "--disk", d, "--size", "0"]);
    assert!(!tiny.status.success() && String::from_utf8_lossy(&tiny.stderr).contains("two images"), "{tiny:?}");
    assert!(!disk.exists(), "a refused format leaves no file behind");
    assert!(nicctl(&["vault", "format", "--disk", d, "--size", "32M"]).status.success());
    assert!(nicctl(&["vault", "save", "--disk", d, "--region", r]).status.success());
    let again = nicctl(&["vault", "format", "--disk", d, "--size", "32M"]);
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(!again.status.success() && stderr.contains("committed image 1") && stderr.contains("--force"), "{stderr}");
    let status = stdout(&nicctl(&["vault", "status", "--disk", d, "--json"]));
    assert!(status.contains("committed"), "the image survived: {status}");
    assert!(nicctl(&["vault", "format", "--disk", d, "--size", "32M", "--force"]).status.success());
    assert!(!stdout(&nicctl(&["vault", "status", "--disk", d, "--json"])).contains("committed"));

    for register in ["id.MAGIC", "0x0000"] {
        let out = nicctl(&["--device", "sim:/nonexistent", "regs", "write", register, "1"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && stderr.contains("id.MAGIC is read-only"), "{register}: {stderr}");
    }
    // A register named without its block is unknown, with the name that was meant, before any
    // device is reached; a name that is nowhere in the map points at the list.
    for args in [&["--device", "sim:/nonexistent", "regs", "read", "c0_slots_full"][..], &["--device", "sim:/nonexistent", "regs", "write", "c0_slots_full", "1"]] {
        let out = nicctl(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && stderr.contains("did you mean `nvme.C0_SLOTS_FULL`?"), "{args:?}: {stderr}");
    }
    let out = nicctl(&["--device", "sim:/nonexistent", "regs", "read", "nvme.C0_DUPLICATE_CID"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown register `nvme.C0_DUPLICATE_CID` (see `nicctl regs`)"), "{out:?}");
}

/// Issue 24: the README's walk-through runs as written, top to bottom, in an empty directory with
/// nicctl on the PATH.
#[test]
fn the_readme_walk_through_runs_as_written() {
    use std::os::unix::process::CommandExt;
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let after_marker = readme.split("<!-- walk-through:").nth(1).expect("the README marks its walk-through");
    let block = after_marker.split("```sh\n").nth(1).and_then(|b| b.split("```").next()).expect("a sh block after the marker");
    let dir = tempfile::tempdir().unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_nicctl")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let child = Command::new("bash")
        .args(["-e", "-c", block])
        .current_dir(dir.path())
        .env("PATH", path)
        .env_remove("NICCTL_DEVICE")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .process_group(0)
        .spawn()
        .unwrap();
    // Bounded: whatever happens, the walk-through and the daemon it started end within the limit.
    let pid = child.id() as i32;
    let watchdog = std::thread::spawn(move || {
        for _ in 0..1200 {
            std::thread::sleep(std::time::Duration::from_millis(100));
            // SAFETY: signal 0 only asks whether the process group still exists.
            if unsafe { libc::kill(-pid, 0) } != 0 {
                return false;
            }
        }
        // SAFETY: ends the walk-through's process group, which this test started.
        unsafe { libc::kill(-pid, libc::SIGKILL) };
        true
    });
    let out = child.wait_with_output().unwrap();
    // SAFETY: as above; the daemon may outlive a failed walk-through.
    unsafe { libc::kill(-pid, libc::SIGKILL) };
    assert!(!watchdog.join().unwrap(), "the walk-through did not end within 120 s");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "the walk-through failed:\n{text}\n{}", String::from_utf8_lossy(&out.stderr));
    for expected in ["0x4e494331", "controller b: link down (administratively), fenced", "controller b: link up, serving", "failback requested", "\"watchdog_expired\": true", "saved image 1", "image 1 matches"] {
        assert!(text.contains(expected), "`{expected}` missing from the walk-through's output:\n{text}");
    }
}
