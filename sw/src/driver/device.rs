//! A device: registers by name ("power.STATUS") over a transport, and the power manager's
//! controls the BIOS uses.

use super::{DriverError, Transport};
use crate::bios::PowerManager;
use nic_hdl::registers::map::{self, Block, Register, MAGIC, MAP_VERSION, POWER};

pub struct Device<T: Transport> {
    pub transport: T,
}

/// `power.STATUS.STATE` of the sequencer's VaultWait (waiting for the BIOS).
const STATE_VAULT_WAIT: u32 = 7;

fn register(name: &str) -> Result<(&'static Block, &'static Register), DriverError> {
    map::find(name).ok_or_else(|| DriverError::UnknownRegister(name.into()))
}

impl<T: Transport> Device<T> {
    /// Opens a device after checking it is ours and speaks this map's major version.
    pub fn open(transport: T) -> Result<Self, DriverError> {
        let mut device = Self { transport };
        let id = device.transport.read(map::ID.base, 2)?;
        if id[0] != MAGIC {
            return Err(DriverError::WrongDevice(format!("id.MAGIC reads {:#010x}, expected {MAGIC:#010x}", id[0])));
        }
        if id[1] >> 16 != MAP_VERSION >> 16 {
            return Err(DriverError::WrongDevice(format!("register map version {:#x}, this nicctl speaks {MAP_VERSION:#x}", id[1])));
        }
        Ok(device)
    }

    /// Reads a register by its "block.NAME".
    pub fn read(&mut self, name: &str) -> Result<u32, DriverError> {
        let (block, r) = register(name)?;
        Ok(self.transport.read(block.base + r.offset, 1)?[0])
    }

    /// Writes a register by name; a read-only one is refused, not silently ignored.
    pub fn write(&mut self, name: &str, value: u32) -> Result<(), DriverError> {
        let (block, r) = register(name)?;
        if r.access == map::Access::ReadOnly {
            return Err(DriverError::ReadOnly(format!("{}.{}", block.name, r.name)));
        }
        self.transport.write(block.base + r.offset, &[value])
    }

    /// Every register of a block, in one burst.
    pub fn read_block(&mut self, block: &Block) -> Result<Vec<(&'static str, u32)>, DriverError> {
        // One burst per run of consecutive registers: the holes between runs are bus errors.
        let mut offsets: Vec<u16> = block.registers.iter().map(|r| r.offset).collect();
        offsets.sort_unstable();
        let mut words = std::collections::HashMap::new();
        let mut start = 0;
        while start < offsets.len() {
            let mut end = start + 1;
            while end < offsets.len() && offsets[end] == offsets[end - 1] + 1 && end - start < 64 {
                end += 1;
            }
            let values = self.transport.read(block.base + offsets[start], end - start)?;
            words.extend(offsets[start..end].iter().copied().zip(values));
            start = end;
        }
        Ok(block.registers.iter().map(|r| (r.name, words[&r.offset])).collect())
    }

    fn control(&mut self, field: &str) -> Result<(), DriverError> {
        let bit = 1 << POWER.register("CONTROL").field(field).lsb;
        self.write("power.CONTROL", bit)
    }

    fn status_field(&mut self, field: &str) -> Result<u32, DriverError> {
        let status = self.read("power.STATUS")?;
        Ok(POWER.register("STATUS").field(field).extract(status))
    }
}

impl<T: Transport> PowerManager for Device<T> {
    fn power_off_flag(&mut self) -> Result<bool, String> {
        self.status_field("POWER_OFF_FLAG").map(|f| f == 1).map_err(|e| e.to_string())
    }

    fn vault_requested(&mut self) -> Result<bool, String> {
        self.status_field("STATE").map(|s| s == STATE_VAULT_WAIT).map_err(|e| e.to_string())
    }

    fn vault_finished(&mut self, saved: bool) -> Result<(), String> {
        self.control(if saved { "VAULT_DONE" } else { "VAULT_FAILED" }).map_err(|e| e.to_string())
    }

    fn clear_power_off_flag(&mut self) -> Result<(), String> {
        self.control("FLAG_CLEAR").map_err(|e| e.to_string())
    }
}
