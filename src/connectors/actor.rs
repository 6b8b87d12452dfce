//! Who must act: the typed answer to "whose move is it?" for a direction's verdict and for an
//! Exchange error line. The report words it; the page puts it on the result bar.

use crate::closed_set;

closed_set! {
    /// Who must act on a direction's verdict or on an Exchange error.
    pub enum Actor {
        /// The admin using forcetls: the Exchange Online tenant's admin, who also runs the
        /// on-premises servers of a hybrid organisation.
        You = "you",
        /// The partner organisation that runs the other mail system.
        Partner = "partner",
        /// Microsoft: a transient fault of Exchange Online itself, retried by Exchange Online.
        Microsoft = "microsoft",
        /// Whoever runs the receiving server an error line names (a partner, or you for your own
        /// servers): an error line alone does not say which.
        ReceivingServer = "receiving-server",
    }
}
