//! The simulated device as the driver's backend: in process, through the verilated control
//! plane's UART pins (the same frames as the board's serial port) or its direct bus port.

use super::{ByteLink, DriverError, Transport};
use nic_hdl::bridge::protocol::IDLE_BITS;
use nic_sim::bridge::device::SimulatedControlPlane;

/// The UART pins: every frame goes through the bridge RTL bit by bit.
pub struct SimulatedUart {
    pub device: SimulatedControlPlane,
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
    pub device: SimulatedControlPlane,
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
