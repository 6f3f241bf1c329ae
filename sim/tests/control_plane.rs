//! The control plane in Verilator: the register map over the direct bus port (every register,
//! holes and unmapped blocks, the power sequencer's registers at the cycle they are sampled while
//! it sequences, vaults and faults) and the UART bridge (random bursts of reads and writes, and
//! every kind of bad frame, each answered or dropped and counted as the model says).

use nic_hdl::bridge::protocol::{self, COMMAND_READ, MAX_WORDS, REQUEST_SYNC};
use nic_hdl::registers::map::{BLOCK_WORDS, BRIDGE, ID, MAP, POWER};
use nic_sim::bridge::testbench::ControlPlaneBench;
use nic_sim::models::power::PowerState;
use nic_sim::stimulus::{rng, seeds};
use rand::Rng;

fn check(seed: u64, result: Result<(), String>) {
    if let Err(e) = result {
        panic!("{e}\nreplay with NIC_SEED={seed}");
    }
}

/// Every mapped address, plus the holes after each block's registers and unmapped blocks.
fn addresses() -> Vec<u16> {
    let mut all: Vec<u16> = MAP.iter().flat_map(|b| b.registers.iter().map(move |r| b.base + r.offset)).collect();
    for b in MAP {
        all.extend([b.base + b.registers.len() as u16 + 3, b.base + BLOCK_WORDS - 1]);
    }
    all.extend([0x0f00, 0x7fff, 0xffff]);
    all
}

#[test]
fn every_register_over_the_direct_port_while_the_sequencer_runs_vaults_and_faults() {
    for seed in seeds(&[1, 2, 3]) {
        let mut rng = rng(seed);
        let mut bench = ControlPlaneBench::new(format!("direct port, seed {seed}")).unwrap();
        let result = (|| -> Result<(), String> {
            let addresses = addresses();
            let control = POWER.address("CONTROL");
            let mut errors = 0;
            for step in 0..6_000 {
                // The board's side: AC comes and goes, a rail's power-good may stall.
                if rng.gen_ratio(1, 400) {
                    bench.pins.ac_ok = !bench.pins.ac_ok;
                }
                if rng.gen_ratio(1, 1500) {
                    bench.board.pg_delay[rng.gen_range(0..8)] = if rng.gen_bool(0.5) { None } else { Some(2) };
                }
                let address = addresses[rng.gen_range(0..addresses.len())];
                if address == control || rng.gen_ratio(1, 10) {
                    // POWER_BUTTON, REARM, FLAG_CLEAR, VAULT_DONE/FAILED — as the BIOS and operator would.
                    let pulse = 1 << rng.gen_range(0..5);
                    bench.direct(true, control, pulse)?;
                } else if address == ID.address("SCRATCH") && rng.gen_bool(0.5) {
                    bench.direct(true, address, rng.gen())?;
                } else {
                    errors += bench.direct(false, address, 0)?.1 as u32;
                }
                if step % 7 == 0 {
                    bench.run(rng.gen_range(0..20))?;
                }
            }
            let o = bench.power.outputs();
            if errors == 0 || o.vault_count == 0 {
                return Err(format!("coverage: {errors} unmapped reads, {} vaults", o.vault_count));
            }
            Ok(())
        })();
        check(seed, result);
    }
}

#[test]
fn the_bios_and_operator_controls_reach_the_sequencer() {
    let mut bench = ControlPlaneBench::new("power controls").unwrap();
    let result = (|| -> Result<(), String> {
        let (status, control) = (POWER.address("STATUS"), POWER.address("CONTROL"));
        let state = |v: u32| POWER.register("STATUS").field("STATE").extract(v);
        bench.direct(true, control, 1 << 2)?; // POWER_BUTTON
        bench.run(400)?;
        if state(bench.direct(false, status, 0)?.0) != 2 {
            return Err("the power button (a register write) did not bring the board to Run".into());
        }
        bench.pins.ac_ok = false;
        bench.run(200)?;
        assert_eq!(bench.power.outputs().state, PowerState::VaultWait);
        bench.direct(true, control, 1 << 3)?; // VAULT_DONE
        bench.run(100)?;
        let s = bench.direct(false, status, 0)?.0;
        if state(s) != 9 || POWER.register("STATUS").field("POWER_OFF_FLAG").extract(s) != 1 {
            return Err(format!("after the BIOS's done: status {s:#x}"));
        }
        bench.pins.ac_ok = true;
        bench.run(600)?;
        bench.direct(true, control, 1 << 1)?; // FLAG_CLEAR
        let s = bench.direct(false, status, 0)?.0;
        if POWER.register("STATUS").field("POWER_OFF_FLAG").extract(s) != 0 || state(s) != 2 {
            return Err(format!("after FLAG_CLEAR: status {s:#x}"));
        }
        Ok(())
    })();
    check(0, result);
}

/// A random request: reads and writes of 1..=MAX_WORDS words, mostly over mapped registers.
fn random_request(rng: &mut impl Rng) -> Vec<u8> {
    let blocks = [ID.base, BRIDGE.base, POWER.base, 0x0400];
    let base = blocks[rng.gen_range(0..blocks.len())];
    let address = base + rng.gen_range(0..12);
    let words = if rng.gen_bool(0.7) { rng.gen_range(1..=4) } else { rng.gen_range(1..=MAX_WORDS as u8) };
    if rng.gen_bool(0.3) {
        // Writes: SCRATCH (and what follows it), never CONTROL (its pulses need the direct port).
        let data: Vec<u32> = (0..rng.gen_range(1..=2)).map(|_| rng.gen()).collect();
        protocol::write_request(ID.address("SCRATCH"), &data)
    } else {
        let (address, words) = avoid_step_cycles(address, words);
        protocol::read_request(address, words)
    }
}

/// `power.STEP_CYCLES` counts every cycle, so a UART frame (whose bus cycles the bench does not
/// know exactly) must not read it; the direct-port test checks it at the cycle it is sampled.
fn avoid_step_cycles(address: u16, words: u8) -> (u16, u8) {
    let step_cycles = POWER.address("STEP_CYCLES");
    if address == step_cycles {
        (address + 1, words)
    } else if address < step_cycles && address + words as u16 > step_cycles {
        (address, (step_cycles - address) as u8)
    } else {
        (address, words)
    }
}

#[test]
fn uart_requests_get_the_models_responses() {
    for seed in seeds(&[4, 5]) {
        let mut rng = rng(seed);
        let mut bench = ControlPlaneBench::new(format!("uart, seed {seed}")).unwrap();
        let result = (|| -> Result<(), String> {
            for i in 0..60 {
                let request = random_request(&mut rng);
                let (want, got) = bench.uart_burst(&request)?;
                if want.as_deref() != Some(&got[..]) {
                    return Err(format!("request {i} {request:02x?}: response {got:02x?}, the model {want:02x?}"));
                }
                protocol::parse_response(&got).map_err(|e| format!("response {i} does not parse: {e:?}"))?;
            }
            Ok(())
        })();
        check(seed, result);
    }
}

#[test]
fn bad_frames_are_answered_or_dropped_counted_and_the_bridge_resynchronises() {
    for seed in seeds(&[6, 7]) {
        let mut rng = rng(seed);
        let mut bench = ControlPlaneBench::new(format!("bad frames, seed {seed}")).unwrap();
        let result = (|| -> Result<(), String> {
            let good = protocol::read_request(ID.address("MAGIC"), 4);
            let mut kinds = [0u32; 8];
            for i in 0..80 {
                let mut frame = random_request(&mut rng);
                let kind = rng.gen_range(0..8);
                kinds[kind] += 1;
                match kind {
                    0 => {
                        let at = rng.gen_range(1..frame.len());
                        frame[at] ^= 1 << rng.gen_range(0..8); // a flipped bit: CRC (or command / count)
                    }
                    1 => frame[1] = [0x00, 0x03, 0x7f, 0xff][rng.gen_range(0..4)], // unknown command
                    2 => {
                        frame[4] = if rng.gen_bool(0.5) { 0 } else { MAX_WORDS as u8 + 1 + rng.gen_range(0..100) }; // bad count
                        let crc = protocol::crc8(&frame[..frame.len() - 1]);
                        *frame.last_mut().unwrap() = crc;
                    }
                    3 => frame.truncate(rng.gen_range(1..frame.len())), // cut short
                    4 => {
                        let noise: Vec<u8> = (0..rng.gen_range(1..6)).map(|_| rng.gen_range(0..=255u8)).filter(|b| *b != REQUEST_SYNC).collect();
                        frame.splice(0..0, noise); // noise before the sync byte
                    }
                    5 => frame.truncate(0),
                    6 => frame = protocol::read_request(ID.base + rng.gen_range(1..4), rng.gen_range(4..8)), // runs into a hole
                    _ => {}
                }
                if kind == 5 {
                    bench.line.send_without_stop_bit(rng.gen());
                    bench.model.framing_error();
                    bench.run(40 * 8)?;
                } else {
                    let (want, got) = bench.uart_burst(&frame)?;
                    if want.as_deref().unwrap_or(&[]) != &got[..] {
                        return Err(format!("frame {i} (kind {kind}) {frame:02x?}: response {got:02x?}, the model {want:02x?}"));
                    }
                }
                // The next good frame always works: the bridge found its way back.
                let (want, got) = bench.uart_burst(&good)?;
                if want.as_deref() != Some(&got[..]) || got[1] != 0 {
                    return Err(format!("good frame after frame {i} (kind {kind}): {got:02x?}, the model {want:02x?}"));
                }
            }
            // The counters as the bridge reports them over the UART equal the model's.
            let (want, got) = bench.uart_burst(&protocol::read_request(BRIDGE.base, BRIDGE.registers.len() as u8))?;
            if want.as_deref() != Some(&got[..]) {
                return Err(format!("counters {got:02x?}, the model {want:02x?}"));
            }
            let counters = &bench.model.registers.bridge_counters;
            if counters.iter().any(|c| *c == 0) || kinds.iter().any(|k| *k == 0) {
                return Err(format!("coverage: counters {counters:?}, kinds {kinds:?}"));
            }
            Ok(())
        })();
        check(seed, result);
    }
}

#[test]
fn a_write_frame_with_a_bad_checksum_writes_nothing() {
    let mut bench = ControlPlaneBench::new("bad checksum write").unwrap();
    let scratch = ID.address("SCRATCH");
    let mut frame = protocol::write_request(scratch, &[0x1234_5678]);
    *frame.last_mut().unwrap() ^= 0x01;
    let (want, got) = bench.uart_burst(&frame).unwrap();
    assert_eq!(Some(got.clone()), want);
    assert_eq!(got[1], protocol::Status::BadChecksum as u8);
    assert_eq!(bench.direct(false, scratch, 0).unwrap(), (0, false), "SCRATCH unchanged");
    let (_, got) = bench.uart_burst(&protocol::read_request(scratch, 1)).unwrap();
    let (response, _) = protocol::parse_response(&got).unwrap();
    assert_eq!((response.command, response.data), (COMMAND_READ, vec![0]));
}
