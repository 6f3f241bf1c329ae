//! The host driver: registers by name over a transport — the board's serial port, or the
//! simulated device in process (through its UART pins, or its direct bus port).

mod device;
mod framed;
mod simulated;
pub mod serial;
pub mod socket;

pub use device::Device;
pub use framed::{ByteLink, FramedTransport};
pub use simulated::{SimulatedBoardBios, SimulatedBus, SimulatedUart};

use nic_hdl::bridge::protocol::Status;
use std::fmt;

#[derive(Debug)]
pub enum DriverError {
    /// The link failed (the serial port, the simulator socket).
    Io(String),
    /// No (complete) answer in time, after the retries.
    Timeout { address: u16 },
    /// The answer was garbled (its CRC or layout wrong), after the retries.
    Garbled(String),
    /// The device answered with an error status.
    Device { status: Status, address: u16, words_done: u8 },
    UnknownRegister(String),
    /// A write to a register software may only read (the bus would ignore it).
    ReadOnly(String),
    /// The device is not ours, or speaks another map version.
    WrongDevice(String),
}

impl fmt::Display for DriverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DriverError::Io(e) => write!(f, "link error: {e}"),
            DriverError::Timeout { address } => write!(f, "no answer from the device (access of {address:#06x})"),
            DriverError::Garbled(e) => write!(f, "garbled answer from the device: {e}"),
            DriverError::Device { status, address, words_done } => {
                write!(f, "the device refused the access of {address:#06x}: {status:?} after {words_done} words")
            }
            DriverError::UnknownRegister(name) => match nic_hdl::registers::map::named_like(name).as_slice() {
                [] => write!(f, "unknown register `{name}` (see `nicctl regs`)"),
                meant => write!(f, "unknown register `{name}`: registers are named block.REGISTER; did you mean `{}`?", meant.join("` or `")),
            },
            DriverError::ReadOnly(name) => write!(f, "{name} is read-only: the write is refused (see `nicctl regs`)"),
            DriverError::WrongDevice(e) => write!(f, "not a compatible device: {e}"),
        }
    }
}

impl std::error::Error for DriverError {}

/// Word reads and writes of the internal bus, however the device is reached.
pub trait Transport {
    fn read(&mut self, address: u16, words: usize) -> Result<Vec<u32>, DriverError>;
    fn write(&mut self, address: u16, data: &[u32]) -> Result<(), DriverError>;
}

impl Transport for Box<dyn Transport> {
    fn read(&mut self, address: u16, words: usize) -> Result<Vec<u32>, DriverError> {
        (**self).read(address, words)
    }
    fn write(&mut self, address: u16, data: &[u32]) -> Result<(), DriverError> {
        (**self).write(address, data)
    }
}

/// Where a device is: `sim:SOCKET` (a `nicctl sim serve` daemon) or `serial:PATH[@BAUD]`.
pub fn connect(target: &str) -> Result<Device<Box<dyn Transport>>, DriverError> {
    let transport: Box<dyn Transport> = if let Some(socket) = target.strip_prefix("sim:") {
        Box::new(FramedTransport::new(socket::SocketLink::connect(std::path::Path::new(socket))?))
    } else if let Some(port) = target.strip_prefix("serial:") {
        let (path, baud) = match port.rsplit_once('@') {
            Some((path, baud)) => (path, baud.parse().map_err(|_| DriverError::Io(format!("bad baud rate in `{target}`")))?),
            None => (port, serial::BOARD_BAUD),
        };
        Box::new(FramedTransport::new(serial::SerialLink::open(std::path::Path::new(path), baud)?))
    } else {
        let hint = if target.starts_with("nic:") { " (a `nicctl sim nic` control socket serves `link`, `failback` and `stats` only: it has no register bridge)" } else { "" };
        return Err(DriverError::Io(format!("unknown device `{target}`: give sim:SOCKET or serial:/dev/ttyUSBn[@BAUD]{hint}")));
    };
    Device::open(transport)
}
