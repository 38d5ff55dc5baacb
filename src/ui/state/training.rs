//! Training's state for the visit: the demo world exercises are drawn from, the pools of
//! situations already built (one per day of the visit: building one is the page's heaviest
//! work, so it is done once), and the trainee's progress, kept in this browser.

use std::sync::Arc;

use leptos::prelude::*;
use time::Date;

use crate::app::store::Notice;
use crate::app::training::{self, Attempt, ExercisePool, Progress};
use crate::browser::local_storage::LocalStore;
use crate::domain::catalog::{default_catalog, Catalog};
use crate::domain::customer::Customer;
use crate::domain::partner::Partner;
use crate::domain::sample::{sample_customers, sample_partner};

/// The built-in catalog, partner and customers as shipped: a set is the same for everyone who
/// opens its link, whatever this browser imported or edited.
pub struct World {
    pub catalog: Catalog,
    pub partner: Partner,
    pub customers: Vec<Customer>,
}

impl World {
    fn demo() -> World {
        let catalog = default_catalog();
        let customers = sample_customers(&catalog);
        World {
            catalog,
            partner: sample_partner(),
            customers,
        }
    }
}

#[derive(Clone, Copy, Default)]
pub struct Training {
    /// Built when Training first opens, not at the app's start.
    world: StoredValue<Option<Arc<World>>>,
    pools: StoredValue<Vec<(Date, Arc<ExercisePool>)>>,
    progress: RwSignal<Progress>,
}

impl Training {
    pub fn world(&self) -> Arc<World> {
        if let Some(world) = self.world.get_value() {
            return world;
        }
        let world = Arc::new(World::demo());
        self.world.set_value(Some(world.clone()));
        world
    }

    /// Every situation the sets of `day` are drawn from.
    pub fn pool(&self, day: Date) -> Arc<ExercisePool> {
        if let Some((_, pool)) = self.pools.with_value(|p| p.iter().find(|(d, _)| *d == day).cloned()) {
            return pool;
        }
        let world = self.world();
        let pool = Arc::new(ExercisePool::new(&world.catalog, &world.partner, &world.customers, day));
        self.pools.update_value(|p| p.push((day, pool.clone())));
        pool
    }

    pub fn progress(&self) -> ReadSignal<Progress> {
        self.progress.read_only()
    }

    /// Reads the progress kept in this browser (another tab may have added to it); what
    /// could not be read is returned to be told.
    pub fn load_progress(&self) -> Option<Notice> {
        match training::progress(&mut LocalStore) {
            Ok(stored) => {
                self.progress.set(stored);
                None
            }
            Err(why) => Some(why),
        }
    }

    /// Records an answer. If it could not be kept, it still counts for this visit.
    pub fn record(&self, attempt: Attempt) -> Result<(), Notice> {
        match training::record_attempt(&mut LocalStore, attempt.clone()) {
            Ok(stored) => {
                self.progress.set(stored);
                Ok(())
            }
            Err(why) => {
                self.progress.update(|p| p.record(attempt));
                Err(why)
            }
        }
    }
}
