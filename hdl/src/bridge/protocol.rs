//! The UART register bridge's frames (docs/register-bridge.md), defined once: the HDL takes its
//! constants and CRC from here, the driver and the tests encode and decode with these functions.
//!
//! ```text
//! request   A5 | command | address (2, big-endian) | words n | n × 4 data bytes (write only) | crc8
//! response  5A | status  | command | words done d | d × 4 data bytes (read only)           | crc8
//! ```
//! `crc8` is CRC-8/SMBUS (polynomial 0x07, initial 0, not reflected) over every byte before it,
//! the sync byte included. A request reads or writes `n` consecutive words from `address`.

pub const REQUEST_SYNC: u8 = 0xA5;
pub const RESPONSE_SYNC: u8 = 0x5A;
pub const COMMAND_READ: u8 = 0x01;
pub const COMMAND_WRITE: u8 = 0x02;
/// The most words one frame moves (the bridge buffers a frame's words in one block RAM).
pub const MAX_WORDS: usize = 64;
/// A frame is abandoned when the line stays idle this many bit times in the middle of it; after
/// a bad command the bridge discards bytes until the line has been idle this long.
pub const IDLE_BITS: u32 = 128;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ok = 0,
    /// The request's CRC-8 was wrong: nothing was executed.
    BadChecksum = 1,
    /// Unknown command or a word count outside 1..=MAX_WORDS: nothing was executed, and the rest
    /// of the frame is discarded.
    BadCommand = 2,
    /// A word's address is not mapped (or its block did not answer): the words before it were
    /// executed, the response says how many.
    BusError = 3,
}

impl Status {
    pub fn from_code(code: u8) -> Option<Status> {
        [Status::Ok, Status::BadChecksum, Status::BadCommand, Status::BusError].get(code as usize).copied()
    }
}

pub const CRC8_POLYNOMIAL: u8 = 0x07;

/// CRC-8/SMBUS of `bytes`, continuing from `crc`.
pub const fn crc8_update(mut crc: u8, bytes: &[u8]) -> u8 {
    let mut i = 0;
    while i < bytes.len() {
        crc ^= bytes[i];
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ CRC8_POLYNOMIAL } else { crc << 1 };
            bit += 1;
        }
        i += 1;
    }
    crc
}

pub fn crc8(bytes: &[u8]) -> u8 {
    crc8_update(0, bytes)
}

/// One byte step of the CRC is linear in (crc ⊕ byte): output bit j is the XOR of these input
/// bits (rows for `XorNetwork<8, 8>`).
pub fn crc8_rows() -> Vec<Vec<usize>> {
    (0..8).map(|j| (0..8).filter(|&i| crc8_update(0, &[1 << i]) >> j & 1 == 1).collect()).collect()
}

pub fn read_request(address: u16, words: u8) -> Vec<u8> {
    seal(vec![REQUEST_SYNC, COMMAND_READ, (address >> 8) as u8, address as u8, words])
}

pub fn write_request(address: u16, data: &[u32]) -> Vec<u8> {
    let mut frame = vec![REQUEST_SYNC, COMMAND_WRITE, (address >> 8) as u8, address as u8, data.len() as u8];
    for word in data {
        frame.extend_from_slice(&word.to_be_bytes());
    }
    seal(frame)
}

fn seal(mut frame: Vec<u8>) -> Vec<u8> {
    frame.push(crc8(&frame));
    frame
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub status: Status,
    pub command: u8,
    pub words_done: u8,
    /// The words read (empty for writes).
    pub data: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponseError {
    /// More bytes are needed.
    Incomplete,
    NoSync(u8),
    UnknownStatus(u8),
    BadChecksum { expected: u8, got: u8 },
}

/// Decodes one response from the front of `bytes`; returns it and the bytes it took.
pub fn parse_response(bytes: &[u8]) -> Result<(Response, usize), ResponseError> {
    let header = bytes.get(..4).ok_or(ResponseError::Incomplete)?;
    if header[0] != RESPONSE_SYNC {
        return Err(ResponseError::NoSync(header[0]));
    }
    let status = Status::from_code(header[1]).ok_or(ResponseError::UnknownStatus(header[1]))?;
    let (command, words_done) = (header[2], header[3]);
    let data_bytes = if command == COMMAND_READ { 4 * words_done as usize } else { 0 };
    let length = 4 + data_bytes + 1;
    let frame = bytes.get(..length).ok_or(ResponseError::Incomplete)?;
    let expected = crc8(&frame[..length - 1]);
    if frame[length - 1] != expected {
        return Err(ResponseError::BadChecksum { expected, got: frame[length - 1] });
    }
    let data = frame[4..4 + data_bytes].chunks(4).map(|w| u32::from_be_bytes(w.try_into().unwrap())).collect();
    Ok((Response { status, command, words_done, data }, length))
}

/// The response the bridge sends for a request (what the HDL is checked against).
pub fn response(status: Status, command: u8, data: &[u32], words_done: u8) -> Vec<u8> {
    let mut frame = vec![RESPONSE_SYNC, status as u8, command, words_done];
    if command == COMMAND_READ {
        for word in &data[..words_done as usize] {
            frame.extend_from_slice(&word.to_be_bytes());
        }
    }
    seal(frame)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc8_is_smbus_and_its_rows_match_the_bytewise_update() {
        assert_eq!(crc8(b"123456789"), 0xF4, "CRC-8/SMBUS check value");
        let rows = crc8_rows();
        for value in 0..=255u8 {
            let by_rows = (0..8).fold(0u8, |acc, j| acc | ((rows[j].iter().fold(0, |x, &i| x ^ (value >> i & 1))) << j));
            assert_eq!(by_rows, crc8_update(value, &[0]), "{value:#x}");
        }
    }

    #[test]
    fn frames_round_trip() {
        let frame = response(Status::Ok, COMMAND_READ, &[0xdead_beef, 7], 2);
        assert_eq!(parse_response(&frame), Ok((Response { status: Status::Ok, command: 1, words_done: 2, data: vec![0xdead_beef, 7] }, 13)));
        assert_eq!(parse_response(&frame[..12]), Err(ResponseError::Incomplete));
        let mut bad = frame.clone();
        bad[5] ^= 1;
        assert!(matches!(parse_response(&bad), Err(ResponseError::BadChecksum { .. })));
        let request = write_request(0x0202, &[1]);
        assert_eq!(request.len(), 10);
        assert_eq!(crc8(&request), 0, "a sealed frame's CRC over itself is zero");
    }
}
