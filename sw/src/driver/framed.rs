//! Bus accesses as UART bridge frames (`nic_hdl::bridge::protocol`) over any byte link.

use super::{DriverError, Transport};
use nic_hdl::bridge::protocol::{self, ResponseError, Status, MAX_WORDS};

/// A byte pipe to the bridge: the serial port, or the simulated device's UART pins.
pub trait ByteLink {
    fn send(&mut self, bytes: &[u8]) -> Result<(), DriverError>;
    /// Appends what arrives to `buffer` until it holds `want` bytes; false on timeout.
    fn receive(&mut self, buffer: &mut Vec<u8>, want: usize) -> Result<bool, DriverError>;
    /// Keeps the line idle long enough for the bridge to drop any partial frame.
    fn idle_gap(&mut self) -> Result<(), DriverError>;
}

/// Attempts per frame. Retried: reads (harmless), and writes the bridge refused as garbled (bad
/// checksum or command: it executed nothing). Never retried: a write whose answer was lost — it may have
/// happened, and `power.CONTROL` pulses must not happen twice.
const ATTEMPTS: usize = 3;

pub struct FramedTransport<L: ByteLink> {
    pub link: L,
    /// Frames sent again after a garbled or missing answer.
    pub retries: u64,
}

impl<L: ByteLink> FramedTransport<L> {
    pub fn new(link: L) -> Self {
        Self { link, retries: 0 }
    }

    fn exchange(&mut self, request: &[u8], address: u16, idempotent: bool) -> Result<protocol::Response, DriverError> {
        let mut last = DriverError::Timeout { address };
        for attempt in 0..ATTEMPTS {
            if attempt > 0 {
                self.retries += 1;
                self.link.idle_gap()?;
            }
            self.link.send(request)?;
            let mut buffer = Vec::new();
            let mut want = 4;
            let outcome = loop {
                if !self.link.receive(&mut buffer, want)? {
                    break Err(DriverError::Timeout { address });
                }
                match protocol::parse_response(&buffer) {
                    Ok((response, _)) => break Ok(response),
                    Err(ResponseError::Incomplete) => {
                        // The header says how long the answer is.
                        let words = if buffer[2] == protocol::COMMAND_READ { buffer[3] as usize } else { 0 };
                        want = 4 + 4 * words + 1;
                    }
                    Err(e) => break Err(DriverError::Garbled(format!("{e:?}"))),
                }
            };
            match outcome {
                // The bridge executed nothing: the request was garbled on the way (this driver
                // only builds valid commands), so sending it again is always safe.
                Ok(response) if matches!(response.status, Status::BadChecksum | Status::BadCommand) => {
                    last = DriverError::Garbled(format!("the device saw a garbled request ({:?})", response.status))
                }
                Ok(response) if response.status == Status::Ok => return Ok(response),
                Ok(response) => return Err(DriverError::Device { status: response.status, address, words_done: response.words_done }),
                Err(e) if idempotent => last = e,
                Err(e) => return Err(e),
            }
        }
        Err(last)
    }
}

impl<L: ByteLink> Transport for FramedTransport<L> {
    fn read(&mut self, address: u16, words: usize) -> Result<Vec<u32>, DriverError> {
        let mut data = Vec::with_capacity(words);
        for (i, chunk) in (0..words).collect::<Vec<_>>().chunks(MAX_WORDS).enumerate() {
            let at = address.wrapping_add((i * MAX_WORDS) as u16);
            let response = self.exchange(&protocol::read_request(at, chunk.len() as u8), at, true)?;
            data.extend(response.data);
        }
        Ok(data)
    }

    fn write(&mut self, address: u16, data: &[u32]) -> Result<(), DriverError> {
        for (i, chunk) in data.chunks(MAX_WORDS).enumerate() {
            let at = address.wrapping_add((i * MAX_WORDS) as u16);
            self.exchange(&protocol::write_request(at, chunk), at, false)?;
        }
        Ok(())
    }
}
