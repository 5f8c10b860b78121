//! Errors a request can cause. Each has a stable `code`, a `path` into the request and a message
//! that says what to do, so the UI and the JS API can show it as is.

use std::fmt;

use serde::Serialize;

/// Why the engine could not answer a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum EngineError {
    /// No offer has this id.
    UnknownOffer {
        /// Where in the request.
        path: String,
        /// The id given.
        id: String,
    },
    /// The catalog has no trim with this id.
    UnknownTrim {
        /// Where in the request.
        path: String,
        /// The id given.
        id: String,
    },
    /// The catalog has no option `group/option` with this id.
    UnknownOption {
        /// Where in the request.
        path: String,
        /// The id given.
        id: String,
    },
    /// The catalog has no price list with this id.
    UnknownPriceList {
        /// Where in the request.
        path: String,
        /// The id given.
        id: String,
    },
    /// The offer has no new trim for this old trim.
    NoSuccessor {
        /// Where in the request.
        path: String,
        /// The old trim.
        trim: String,
    },
    /// An amount that must be zero or more is negative.
    NegativeAmount {
        /// Where in the request.
        path: String,
    },
    /// A computation left the supported range.
    Overflow {
        /// Where in the request.
        path: String,
    },
    /// The new configuration breaks the catalog's rules.
    InvalidConfiguration {
        /// Where in the request.
        path: String,
        /// The first rule broken, in words.
        first: String,
    },
}

impl EngineError {
    /// A stable machine code, e.g. `unknown_trim`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            EngineError::UnknownOffer { .. } => "unknown_offer",
            EngineError::UnknownTrim { .. } => "unknown_trim",
            EngineError::UnknownOption { .. } => "unknown_option",
            EngineError::UnknownPriceList { .. } => "unknown_price_list",
            EngineError::NoSuccessor { .. } => "no_successor",
            EngineError::NegativeAmount { .. } => "negative_amount",
            EngineError::Overflow { .. } => "overflow",
            EngineError::InvalidConfiguration { .. } => "invalid_configuration",
        }
    }

    /// Where in the request the problem is (`old_order.trim`).
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            EngineError::UnknownOffer { path, .. }
            | EngineError::UnknownTrim { path, .. }
            | EngineError::UnknownOption { path, .. }
            | EngineError::UnknownPriceList { path, .. }
            | EngineError::NoSuccessor { path, .. }
            | EngineError::NegativeAmount { path }
            | EngineError::Overflow { path }
            | EngineError::InvalidConfiguration { path, .. } => path,
        }
    }
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::UnknownOffer { id, .. } => write!(f, "no offer '{id}'; pick one of the offers in tables()"),
            EngineError::UnknownTrim { id, .. } => write!(f, "no trim '{id}' in this catalog; pick one of its trims"),
            EngineError::UnknownOption { id, .. } => {
                write!(f, "no option '{id}' in this catalog; write options as group/option, e.g. paint/aqua-blue")
            }
            EngineError::UnknownPriceList { id, .. } => write!(f, "no price list '{id}' for this car"),
            EngineError::NoSuccessor { trim, .. } => {
                write!(f, "the offer has no new car for trim '{trim}'; keeping the order is the only path")
            }
            EngineError::NegativeAmount { .. } => write!(f, "the amount is negative; enter zero or more"),
            EngineError::Overflow { .. } => write!(f, "the amount is too large to compute; check the figures entered"),
            EngineError::InvalidConfiguration { first, .. } => write!(f, "the configuration is not valid: {first}"),
        }
    }
}

impl std::error::Error for EngineError {}
