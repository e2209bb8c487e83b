//! One error type for the whole crate: every message is lowercase and names the bad
//! value and where it is (a JSON path such as `figures[12].value`), so that a newsroom
//! can fix its file from the message alone.

use std::fmt;

/// An error of the crate: what went wrong ([`ErrorKind`]), boxed, so that a result is
/// its value or one pointer (every `?` of the crate passed the error's seven words up
/// before).
#[derive(Debug, Clone, PartialEq)]
pub struct Error(Box<ErrorKind>);

/// What went wrong, by domain.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind {
    /// The dataset does not follow the format: `path` is a JSON path into it.
    Data { path: String, message: String },
    /// A calculation was asked something it cannot answer (e.g. a zero price).
    Calc(String),
    /// A chart cannot be drawn with these options.
    Chart(String),
    /// An option (an attribute of the element) has a value it does not take: `name` is
    /// the attribute.
    Spec { name: String, message: String },
}

impl Error {
    pub fn data(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorKind::Data { path: path.into(), message: message.into() }))
    }
    pub fn calc(message: impl Into<String>) -> Self {
        Error(Box::new(ErrorKind::Calc(message.into())))
    }
    pub fn chart(message: impl Into<String>) -> Self {
        Error(Box::new(ErrorKind::Chart(message.into())))
    }
    pub fn spec(name: impl Into<String>, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorKind::Spec { name: name.into(), message: message.into() }))
    }
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }
}

impl fmt::Display for Error {
    /// `where: what`, the three parts written as they are (no `write!` with its
    /// arguments for each kind).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (head, message) = match self.kind() {
            ErrorKind::Data { path, message } if path.is_empty() => ("dataset", message),
            ErrorKind::Data { path, message } => (path.as_str(), message),
            ErrorKind::Calc(m) => ("calculation", m),
            ErrorKind::Chart(m) => ("chart", m),
            ErrorKind::Spec { name, message } => (name.as_str(), message),
        };
        f.write_str(head)?;
        f.write_str(": ")?;
        f.write_str(message)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = Error> = std::result::Result<T, E>;
