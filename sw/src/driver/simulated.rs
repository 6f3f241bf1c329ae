//! The simulated device as the driver's backend: in process, through the verilated control
//! plane's UART pins (the same frames as the board's serial port) or its direct bus port.

use super::{ByteLink, DriverError, Transport};
use nic_hdl::bridge::protocol::IDLE_BITS;
use nic_sim::bridge::device::SimulatedDevice;

/// The UART pins: every frame goes through the bridge RTL bit by bit.
pub struct SimulatedUart {
    pub device: SimulatedDevice,
}

impl ByteLink for SimulatedUart {
    fn send(&mut self, bytes: &[u8]) -> Result<(), DriverError> {
        self.device.uart_send(bytes);
        Ok(())
    }

    fn receive(&mut self, buffer: &mut Vec<u8>, want: usize) -> Result<bool, DriverError> {
        // The clock runs while the host waits: what is queued goes out, the answer comes back.
        let bit = self.device.clocks_per_bit() as u64;
        let mut budget = (want as u64 + 300) * 10 * bit;
        while buffer.len() < want {
            buffer.extend(self.device.uart_take());
            if buffer.len() >= want {
                break;
            }
            if budget == 0 {
                return Ok(false);
            }
            budget -= 1;
            self.device.step();
        }
        Ok(true)
    }

    fn idle_gap(&mut self) -> Result<(), DriverError> {
        while self.device.uart_sending() {
            self.device.step();
        }
        self.device.run((IDLE_BITS as u64 + 4) * self.device.clocks_per_bit() as u64);
        self.device.uart_take();
        Ok(())
    }
}

/// The direct bus port: no bit times, for speed.
pub struct SimulatedBus {
    pub device: SimulatedDevice,
}

impl Transport for SimulatedBus {
    fn read(&mut self, address: u16, words: usize) -> Result<Vec<u32>, DriverError> {
        (0..words)
            .map(|i| {
                let at = address.wrapping_add(i as u16);
                match self.device.direct(false, at, 0) {
                    (value, false) => Ok(value),
                    (_, true) => Err(DriverError::Device { status: nic_hdl::bridge::protocol::Status::BusError, address: at, words_done: i as u8 }),
                }
            })
            .collect()
    }

    fn write(&mut self, address: u16, data: &[u32]) -> Result<(), DriverError> {
        for (i, word) in data.iter().enumerate() {
            let at = address.wrapping_add(i as u16);
            if self.device.direct(true, at, *word).1 {
                return Err(DriverError::Device { status: nic_hdl::bridge::protocol::Status::BusError, address: at, words_done: i as u8 });
            }
        }
        Ok(())
    }
}

/// The simulated board as the BIOS sees it through the register map (direct bus port): each
/// saved chunk costs `cycles_per_chunk` of disk time, and the save stops when the vault disk's
/// rail goes off (the watchdog). Used by the power-loss tests and `nicctl demo`.
pub struct SimulatedBoardBios {
    pub device: super::Device<SimulatedBus>,
    pub cycles_per_chunk: u64,
}

/// `BOARD_RAILS` index of the vault disk.
const VAULT_DISK_RAIL: u32 = 3;

impl SimulatedBoardBios {
    pub fn new(cycles_per_chunk: u64) -> Result<Self, DriverError> {
        Ok(Self { device: super::Device::open(SimulatedBus { device: SimulatedDevice::new() })?, cycles_per_chunk })
    }

    pub fn sim(&mut self) -> &mut SimulatedDevice {
        &mut self.device.transport.device
    }

    /// `power.STATUS.STATE`.
    pub fn state(&mut self) -> Result<u32, DriverError> {
        let status = self.device.read("power.STATUS")?;
        Ok(nic_hdl::registers::map::POWER.register("STATUS").field("STATE").extract(status))
    }

    /// Runs the clock until the sequencer reports `state`, polling its register.
    pub fn wait_for_state(&mut self, state: u32, max_cycles: u64) -> Result<(), String> {
        let start = self.sim().cycle;
        while self.state().map_err(|e| e.to_string())? != state {
            if self.sim().cycle - start > max_cycles {
                return Err(format!("power state {state} not reached in {max_cycles} cycles"));
            }
            self.sim().run(1);
        }
        Ok(())
    }
}

impl crate::bios::PowerManager for SimulatedBoardBios {
    fn power_off_flag(&mut self) -> Result<bool, String> {
        self.device.power_off_flag()
    }
    fn vault_requested(&mut self) -> Result<bool, String> {
        self.device.vault_requested()
    }
    fn vault_finished(&mut self, saved: bool) -> Result<(), String> {
        self.device.vault_finished(saved)
    }
    fn clear_power_off_flag(&mut self) -> Result<(), String> {
        self.device.clear_power_off_flag()
    }
    fn saving(&mut self, _: u64, _: u64) -> bool {
        let cycles = self.cycles_per_chunk;
        self.sim().run(cycles);
        self.sim().rail_en() >> VAULT_DISK_RAIL & 1 == 1
    }
}
