//! Reference model of the control plane: what every register reads (from the register map, the
//! bridge's counters and the power sequencer's outputs), and what the UART bridge answers to each
//! request frame — the oracle for `control_plane` in Verilator.

use crate::models::power::{PowerOutputs, PowerState};
use nic_hdl::bridge::protocol::{self, Status, COMMAND_READ, COMMAND_WRITE, MAX_WORDS, REQUEST_SYNC};
use nic_hdl::bridge::uart_bridge::counter;
use nic_hdl::registers::map::{BRIDGE, ID, MAGIC, MAP_VERSION, POWER};

/// The power sequencer as the registers see it at the moment of a read.
#[derive(Clone, Debug)]
pub struct PowerView {
    pub outputs: PowerOutputs,
    /// The power-good inputs.
    pub pg: u32,
}

pub fn state_code(state: PowerState) -> u32 {
    use PowerState::*;
    [Off, PowerOn, Run, Shutdown, Shed, SetFlag, Reboot, VaultWait, VaultOff, AcWait, Fault].iter().position(|s| *s == state).unwrap() as u32
}

/// `power.STATUS` from the sequencer's outputs, field by field from the map.
pub fn power_status(o: &PowerOutputs) -> u32 {
    let status = POWER.register("STATUS");
    let bit = |name: &str, on: bool| (on as u32) << status.field(name).lsb;
    state_code(o.state)
        | bit("POWER_OFF_FLAG", o.power_off_flag)
        | bit("AC_GOOD", o.ac_good)
        | bit("FAULT", o.fault)
        | bit("FAULT_PG_TIMEOUT", o.fault_pg_timeout)
        | bit("FAULT_PG_LOST", o.fault_pg_lost)
        | bit("VAULT_IMPOSSIBLE", o.vault_impossible)
        | bit("VAULT_FAILED", o.vault_failed)
        | bit("WATCHDOG_EXPIRED", o.watchdog_expired)
        | bit("CPU_REBOOT", o.cpu_reboot)
}

#[derive(Clone, Debug, Default)]
pub struct RegisterModel {
    pub scratch: u32,
    /// The bridge's counters, by `counter::*` index.
    pub bridge_counters: [u32; 7],
    /// CONTROL writes not yet applied by the caller (the power sequencer sees them as pulses).
    pub control_writes: Vec<u32>,
}

impl RegisterModel {
    /// What a read of `address` returns; `None` for an unmapped address (a bus error).
    pub fn read(&self, address: u16, power: &PowerView) -> Option<u32> {
        let o = &power.outputs;
        if address >= BRIDGE.base && address < BRIDGE.base + BRIDGE.registers.len() as u16 {
            return Some(self.bridge_counters[(address - BRIDGE.base) as usize]);
        }
        let value = match address {
            a if a == ID.address("MAGIC") => MAGIC,
            a if a == ID.address("VERSION") => MAP_VERSION,
            a if a == ID.address("SCRATCH") => self.scratch,
            a if a == ID.address("CLOCK_HZ") => 0,
            // The `control_plane` top has the control plane's own blocks only.
            a if a == ID.address("BLOCKS") => nic_hdl::registers::map::blocks_present(&[]),
            a if a == POWER.address("STATUS") => power_status(o),
            a if a == POWER.address("RAIL_ENABLE") => o.rail_en,
            a if a == POWER.address("RAIL_POWER_GOOD") => power.pg,
            a if a == POWER.address("FAULT_RAILS") => o.fault_rails,
            a if a == POWER.address("VAULT_COUNT") => o.vault_count,
            a if a == POWER.address("LAST_VAULT_CYCLES") => o.last_vault_cycles,
            a if a == POWER.address("WATCHDOG_EXPIRIES") => o.watchdog_expiries,
            a if a == POWER.address("VAULT_ELAPSED") => o.vault_elapsed,
            a if a == POWER.address("PG_WATCHED") => o.pg_watched,
            a if a == POWER.address("RAIL_INDEX") => o.rail_index,
            a if a == POWER.address("STEP_CYCLES") => o.step_cycles,
            a if a == POWER.address("CONTROL") => 0,
            _ => return None,
        };
        Some(value)
    }

    /// A write of `address`; false for an unmapped address. Writes to read-only registers are
    /// accepted and ignored (the bus has no write-protection error).
    pub fn write(&mut self, address: u16, value: u32) -> bool {
        if address == ID.address("SCRATCH") {
            self.scratch = value;
        } else if address == POWER.address("CONTROL") {
            self.control_writes.push(value & 0x1f);
        }
        mapped(address)
    }
}

/// Whether `address` is a register the control plane answers itself.
pub fn mapped(address: u16) -> bool {
    nic_hdl::registers::map::CONTROL_PLANE_BLOCKS.iter().any(|b| b.registers.iter().any(|r| b.base + r.offset == address))
}

/// The UART bridge's behaviour on a byte stream with idle gaps between frames.
#[derive(Clone, Debug, Default)]
pub struct BridgeModel {
    pub registers: RegisterModel,
}

impl BridgeModel {
    fn count(&mut self, which: u64) {
        let c = &mut self.registers.bridge_counters[which as usize];
        *c = c.wrapping_add(1);
    }

    /// One burst of bytes sent back to back and followed by an idle line: noise before a sync
    /// byte, then at most one frame (complete, cut short, or with trailing bytes). Returns the
    /// response the bridge sends, if any.
    pub fn burst(&mut self, bytes: &[u8], power: &PowerView) -> Option<Vec<u8>> {
        let Some(start) = bytes.iter().position(|b| *b == REQUEST_SYNC) else {
            for _ in bytes {
                self.count(counter::NOISE_BYTES);
            }
            return None;
        };
        for _ in 0..start {
            self.count(counter::NOISE_BYTES);
        }
        let frame = &bytes[start..];
        // Bytes that arrive after the bridge stops listening to this frame are noise.
        let noise_after = |model: &mut BridgeModel, used: usize| {
            for _ in used..frame.len() {
                model.count(counter::NOISE_BYTES);
            }
        };
        let Some(&command) = frame.get(1) else {
            self.count(counter::TRUNCATED);
            return None;
        };
        if command != COMMAND_READ && command != COMMAND_WRITE {
            self.count(counter::BAD_COMMAND);
            noise_after(self, 2);
            return Some(protocol::response(Status::BadCommand, command, &[], 0));
        }
        let Some(&words) = frame.get(4) else {
            self.count(counter::TRUNCATED);
            return None;
        };
        if words == 0 || words as usize > MAX_WORDS {
            self.count(counter::BAD_COMMAND);
            noise_after(self, 5);
            return Some(protocol::response(Status::BadCommand, command, &[], 0));
        }
        let data_bytes = if command == COMMAND_WRITE { 4 * words as usize } else { 0 };
        let length = 5 + data_bytes + 1;
        if frame.len() < length {
            self.count(counter::TRUNCATED);
            return None;
        }
        // The frame is whole; anything after it arrives while it executes or is answered.
        let answer = if frame[length - 1] != protocol::crc8(&frame[..length - 1]) {
            self.count(counter::BAD_CHECKSUM);
            protocol::response(Status::BadChecksum, command, &[], 0)
        } else {
            let address = u16::from_be_bytes([frame[2], frame[3]]);
            let (mut data, mut done, mut status) = (Vec::new(), 0u8, Status::Ok);
            for i in 0..words as u16 {
                let at = address.wrapping_add(i);
                let ok = if command == COMMAND_READ {
                    self.registers.read(at, power).map(|v| data.push(v)).is_some()
                } else {
                    let word = u32::from_be_bytes(frame[5 + 4 * i as usize..9 + 4 * i as usize].try_into().unwrap());
                    self.registers.write(at, word)
                };
                if !ok {
                    status = Status::BusError;
                    self.count(counter::BUS_ERRORS);
                    break;
                }
                done += 1;
            }
            if status == Status::Ok {
                self.count(counter::FRAMES_OK);
            }
            protocol::response(status, command, &data, done)
        };
        noise_after(self, length);
        Some(answer)
    }

    /// A character with a low stop bit.
    pub fn framing_error(&mut self) {
        self.count(counter::FRAMING_ERRORS);
    }
}
