//! Issue 24: bad input never panics, hangs or loses a frame. Seeded random and mutated captures
//! (pcap and pcapng) and QP set-up files go to `sim replay`'s readers and the replay itself;
//! random bytes come back to the UART bridge client as answers. Every input must end in a result
//! or a clear error within a bounded time, and every replayed frame must be counted.
//! `NIC_SEED=N` replays one seed; the seed is printed on failure.

use nic_sim::nvme::replay::{replay, ReplayConfig};
use nicctl::driver::{ByteLink, DriverError, FramedTransport, Transport};
use rand::{Rng, RngCore, SeedableRng};
use std::time::{Duration, Instant};

type TestRng = rand::rngs::StdRng;

/// Inputs per kind (10^4 in all, as the issue asks).
const PCAPS: usize = 4_000;
const TOMLS: usize = 3_000;
const BRIDGE_ANSWERS: usize = 3_000;
/// Replays through the verilated core: every capture that parses (each takes about a millisecond).
const REPLAYS: usize = PCAPS;

fn seed() -> u64 {
    std::env::var("NIC_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1)
}

fn with_seed(test: impl FnOnce(&mut TestRng)) {
    let seed = seed();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| test(&mut TestRng::seed_from_u64(seed))));
    if let Err(panic) = result {
        eprintln!("failing seed: NIC_SEED={seed}");
        std::panic::resume_unwind(panic);
    }
}

const SET_UP: &str = "[nic]\nmac = \"02:4e:49:43:00:01\"\nip = \"10.0.0.1\"\nqpn_base = 0x10\nmtu = 1024\n\n[[qp]]\nqp = 3\nconnector = 1\ncontroller = \"a\"\npeer_mac = \"02:48:4f:53:54:01\"\npeer_ip = \"10.0.0.11\"\npeer_qpn = 0x103\nhost_psn = 100\nnic_psn = 200\n";

/// A few frames of every kind the core sees: RoCE SENDs from the models, and random Ethernet.
fn base_frames(rng: &mut TestRng) -> Vec<(u64, Vec<u8>)> {
    use nic_sim::nvme::connector::HostIn;
    use nic_sim::nvme::fabric::Nic;
    use nic_sim::nvme::nic_core_rtl::NicCoreRtl;
    let mut recorder = NicCoreRtl::new(1, 1000, 16, nic_sim::nvme::links::Pressure { valid_pct: 100, ready_pct: 100 });
    recorder.add_qp(3, 1, 0);
    for cid in 1..4 {
        Nic::from_host(&mut recorder, 0, HostIn::Send { qp: 3, data: nic_sim::nvme::scenarios::read_capsule(cid) });
    }
    recorder.run(3000);
    let mut frames: Vec<(u64, Vec<u8>)> = recorder.wire.iter().filter(|f| f.to_nic).map(|f| (f.cycle * 10, f.bytes.clone())).collect();
    for i in 0..4 {
        let mut frame = vec![0u8; rng.gen_range(0..200)];
        rng.fill_bytes(&mut frame);
        frames.push((frames.last().map_or(0, |f| f.0) + 1000 * (i + 1), frame));
    }
    frames
}

/// One mutation of `bytes`: flipped bits, overwritten words, a cut, a repeated stretch, or noise.
fn mutate(rng: &mut TestRng, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for _ in 0..rng.gen_range(1..4) {
        let at = rng.gen_range(0..out.len().max(1));
        match rng.gen_range(0..6) {
            0 if !out.is_empty() => out[at] ^= 1 << rng.gen_range(0..8),
            1 => {
                let word: [u8; 4] = [0xff, 0xff, 0xff, 0xff].map(|b| if rng.gen_bool(0.5) { b } else { rng.gen() });
                for (i, b) in word.iter().enumerate() {
                    if let Some(slot) = out.get_mut(at + i) {
                        *slot = *b;
                    }
                }
            }
            2 => out.truncate(at),
            3 => {
                let end = (at + rng.gen_range(1..64)).min(out.len());
                let stretch = out[at..end].to_vec();
                out.splice(at..at, stretch);
            }
            4 => out = (0..rng.gen_range(0..300)).map(|_| rng.gen()).collect(),
            _ => {}
        }
    }
    out
}

#[test]
fn mutated_captures_never_panic_and_every_replayed_frame_is_counted() {
    with_seed(|rng| {
        let dir = tempfile::tempdir().unwrap();
        let frames = base_frames(rng);
        let pcap = dir.path().join("base.pcap");
        nic_sim::pcap::write_timed(&pcap, &frames).unwrap();
        let pcapng = dir.path().join("base.pcapng");
        let converted = std::process::Command::new("editcap").args(["-F", "pcapng"]).arg(&pcap).arg(&pcapng).status().expect("editcap (setup.sh installs tshark)");
        assert!(converted.success());
        let bases = [std::fs::read(&pcap).unwrap(), std::fs::read(&pcapng).unwrap()];
        let settings = ReplayConfig::from_toml(SET_UP).unwrap().settings(16, 2).unwrap();
        let (mut parsed, mut refused, mut replayed) = (0, 0, 0);
        let started = Instant::now();
        for i in 0..PCAPS {
            let input = mutate(rng, &bases[i % 2]);
            let path = dir.path().join("input");
            std::fs::write(&path, &input).unwrap();
            match nic_sim::pcap::read(&path) {
                Err(e) => {
                    assert!(e.to_string().contains("input"), "an error names the file: {e}");
                    refused += 1;
                }
                Ok(capture) => {
                    parsed += 1;
                    if replayed < REPLAYS {
                        replayed += 1;
                        // Times squeezed so a mutated timestamp does not make this a long test;
                        // the idle-gap jump is covered by tests/cli.rs.
                        let capture: Vec<(u64, Vec<u8>)> = capture.into_iter().map(|(t, f)| (t % 100_000, f)).collect();
                        let mut sorted = capture.clone();
                        sorted.sort_by_key(|f| f.0);
                        let report = replay(&settings, &sorted, 300, 1, &mut |_, _| ());
                        assert_eq!(report.frames_accounted, report.frames_in as u64, "input {i}: every frame counted ({report:?})");
                        assert!(report.settled, "input {i}: the replay settled");
                    }
                }
            }
        }
        eprintln!("{PCAPS} captures: {parsed} parsed ({replayed} replayed), {refused} refused, {:.1} s", started.elapsed().as_secs_f64());
        assert!(parsed > 100 && refused > 100, "the mutations reach both outcomes");
        assert!(replayed == parsed, "every parsed capture replayed");
    });
}

#[test]
fn mutated_set_up_files_are_refused_with_a_reason_or_taken() {
    with_seed(|rng| {
        let (mut taken, mut refused) = (0, 0);
        for _ in 0..TOMLS {
            let text = String::from_utf8_lossy(&mutate(rng, SET_UP.as_bytes())).into_owned();
            match ReplayConfig::from_toml(&text).and_then(|c| c.settings(16, 2)) {
                Ok(_) => taken += 1,
                Err(e) => {
                    assert!(!e.trim().is_empty(), "an empty error for {text:?}");
                    refused += 1;
                }
            }
        }
        assert!(taken > 10 && refused > 100, "both outcomes: {taken} taken, {refused} refused");
    });
}

/// A link whose answers are random bytes (a noisy line, a wrong device on the port).
struct NoisyLink {
    rng: TestRng,
}

impl ByteLink for NoisyLink {
    fn send(&mut self, _bytes: &[u8]) -> Result<(), DriverError> {
        Ok(())
    }

    fn receive(&mut self, buffer: &mut Vec<u8>, want: usize) -> Result<bool, DriverError> {
        // Sometimes short (a timeout), sometimes more than asked for.
        let count = self.rng.gen_range(0..want.saturating_sub(buffer.len()) + 8);
        buffer.extend((0..count).map(|_| self.rng.gen::<u8>()));
        Ok(buffer.len() >= want)
    }

    fn idle_gap(&mut self) -> Result<(), DriverError> {
        Ok(())
    }
}

#[test]
fn random_answers_to_the_bridge_client_are_errors_never_panics_or_hangs() {
    with_seed(|rng| {
        let mut transport = FramedTransport::new(NoisyLink { rng: TestRng::seed_from_u64(rng.gen()) });
        let started = Instant::now();
        let mut errors = 0;
        for i in 0..BRIDGE_ANSWERS {
            let address = rng.gen_range(0..0x400u16);
            let result = if i % 2 == 0 { transport.read(address, rng.gen_range(1..80)).map(|_| ()) } else { transport.write(address, &[rng.gen()]) };
            errors += result.is_err() as usize;
        }
        assert!(errors > BRIDGE_ANSWERS * 9 / 10, "noise is almost never a valid answer: {errors} errors");
        assert!(started.elapsed() < Duration::from_secs(60), "bounded: {:?}", started.elapsed());
    });
}
