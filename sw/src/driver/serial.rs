//! A board's serial port (the Alchitry Cu's FTDI UART, the Colorlight i9's extension board) as a byte link: raw 8N1, no flow
//! control, at the bridge's baud rate.

use super::{ByteLink, DriverError};
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

/// The rate the boards' bridges run at (the bitstreams take it from the same constant).
pub const BOARD_BAUD: u32 = nic_hdl::board::UART_BAUD as u32;
/// An answer of up to 261 bytes takes 2.6 ms at 1 Mbaud; USB latency adds a few ms.
const ANSWER_TIMEOUT: Duration = Duration::from_millis(200);

pub struct SerialLink {
    port: File,
    path: String,
}

fn speed(baud: u32) -> Result<libc::speed_t, DriverError> {
    Ok(match baud {
        9600 => libc::B9600,
        115_200 => libc::B115200,
        230_400 => libc::B230400,
        460_800 => libc::B460800,
        921_600 => libc::B921600,
        1_000_000 => libc::B1000000,
        2_000_000 => libc::B2000000,
        3_000_000 => libc::B3000000,
        other => return Err(DriverError::Io(format!("baud rate {other} is not supported"))),
    })
}

impl SerialLink {
    pub fn open(path: &Path, baud: u32) -> Result<Self, DriverError> {
        let name = path.display().to_string();
        let port = OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOCTTY)
            .open(path)
            .map_err(|e| DriverError::Io(format!("cannot open the serial port {name}: {e} (is the board connected?)")))?;
        let fd = port.as_raw_fd();
        // SAFETY: termios is plain data; fd is an open file descriptor owned by `port`.
        unsafe {
            let mut tty: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(fd, &mut tty) != 0 {
                return Err(DriverError::Io(format!("{name} is not a serial port: {}", std::io::Error::last_os_error())));
            }
            libc::cfmakeraw(&mut tty);
            tty.c_cflag |= libc::CLOCAL | libc::CREAD;
            tty.c_cflag &= !(libc::CSTOPB | libc::CRTSCTS | libc::PARENB);
            tty.c_cc[libc::VMIN] = 0;
            tty.c_cc[libc::VTIME] = 1; // reads return after 0.1 s without data
            let s = speed(baud)?;
            libc::cfsetispeed(&mut tty, s);
            libc::cfsetospeed(&mut tty, s);
            if libc::tcsetattr(fd, libc::TCSANOW, &tty) != 0 {
                return Err(DriverError::Io(format!("cannot configure {name}: {}", std::io::Error::last_os_error())));
            }
            libc::tcflush(fd, libc::TCIOFLUSH);
        }
        Ok(Self { port, path: name })
    }
}

impl ByteLink for SerialLink {
    fn send(&mut self, bytes: &[u8]) -> Result<(), DriverError> {
        self.port.write_all(bytes).map_err(|e| DriverError::Io(format!("{}: {e}", self.path)))
    }

    fn receive(&mut self, buffer: &mut Vec<u8>, want: usize) -> Result<bool, DriverError> {
        let started = Instant::now();
        let mut chunk = [0u8; 512];
        while buffer.len() < want {
            if started.elapsed() > ANSWER_TIMEOUT {
                return Ok(false);
            }
            let n = self.port.read(&mut chunk[..(want - buffer.len()).min(512)]).map_err(|e| DriverError::Io(format!("{}: {e}", self.path)))?;
            buffer.extend_from_slice(&chunk[..n]);
        }
        Ok(true)
    }

    fn idle_gap(&mut self) -> Result<(), DriverError> {
        // 128 bit times are 128 µs at 1 Mbaud; then drop whatever a garbled exchange left behind.
        std::thread::sleep(Duration::from_millis(2));
        // SAFETY: the fd is open for as long as `port` lives.
        unsafe { libc::tcflush(self.port.as_raw_fd(), libc::TCIFLUSH) };
        Ok(())
    }
}
