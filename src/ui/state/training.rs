//! Training's state for the visit: the demo world exercises are drawn from, the pools of
//! situations already built (one per day of the visit: building one is the page's heaviest
//! work, so it is done once, a slice at a time between frames), and the trainee's progress,
//! kept in this browser.

use std::sync::Arc;

use leptos::prelude::*;
use time::Date;

use super::catalog::{CatalogInUse, CatalogSource};
use crate::app::store::Notice;
use crate::app::training::{self, Attempt, ExercisePool, PoolBuilder, Progress};
use crate::browser::local_storage::LocalStore;
use crate::domain::catalog::{default_catalog, Catalog};
use crate::domain::customer::Customer;
use crate::domain::partner::Partner;
use crate::domain::sample::{sample_customers, sample_partner};

/// The built-in catalog, partner and customers as shipped: a set is the same for everyone who
/// opens its link, whatever this browser imported or edited.
pub struct World {
    pub catalog: Arc<Catalog>,
    pub partner: Partner,
    pub customers: Vec<Customer>,
}

impl World {
    /// `in_use`'s catalog when it is the built-in one (building it again was a third of the
    /// page's start on a phone), a copy of the built-in one otherwise.
    fn demo(in_use: &CatalogInUse) -> World {
        let catalog = match in_use.source().get_untracked() {
            CatalogSource::BuiltIn => in_use.catalog().get_untracked(),
            _ => Arc::new(default_catalog()),
        };
        let customers = sample_customers(&catalog);
        World {
            catalog,
            partner: sample_partner(),
            customers,
        }
    }
}

#[derive(Clone, Copy)]
pub struct Training {
    /// The catalog the visit uses, whose built-in one the world shares.
    in_use: CatalogInUse,
    /// Built when Training first opens, not at the app's start.
    world: StoredValue<Option<Arc<World>>>,
    pools: RwSignal<Vec<(Date, Arc<ExercisePool>)>>,
    /// Days whose pool is being built.
    building: StoredValue<Vec<Date>>,
    progress: RwSignal<Progress>,
}

/// How long one slice of building a pool may run, in milliseconds: a phone's slower processor
/// takes about four times as long, and a step can overrun the slice, still under the 50 ms
/// that makes a task "long" (at 8 ms Lighthouse saw 56-62 ms tasks).
const SLICE_MS: f64 = 4.0;

impl Training {
    pub fn new(in_use: CatalogInUse) -> Training {
        Training {
            in_use,
            world: StoredValue::new(None),
            pools: RwSignal::new(Vec::new()),
            building: StoredValue::new(Vec::new()),
            progress: RwSignal::new(Progress::default()),
        }
    }

    pub fn world(&self) -> Arc<World> {
        if let Some(world) = self.world.get_value() {
            return world;
        }
        let world = Arc::new(World::demo(&self.in_use));
        self.world.set_value(Some(world.clone()));
        world
    }

    /// Every situation the sets of `day` are drawn from, once built (tracked: the page
    /// follows it); see [`Training::build`].
    pub fn pool(&self, day: Date) -> Option<Arc<ExercisePool>> {
        self.pools
            .with(|p| p.iter().find(|(d, _)| *d == day).map(|(_, pool)| pool.clone()))
    }

    /// Starts building the pool of `day`, unless it is built or on its way: a slice at a time,
    /// the browser painting and answering clicks between slices.
    pub fn build(&self, day: Date) {
        if self.pools.with_untracked(|p| p.iter().any(|(d, _)| *d == day))
            || self.building.with_value(|b| b.contains(&day))
        {
            return;
        }
        self.building.update_value(|b| b.push(day));
        let (world, pools, building) = (self.world(), self.pools, self.building);
        leptos::task::spawn_local(async move {
            let mut builder = PoolBuilder::new(&world.catalog, &world.partner, &world.customers, day);
            loop {
                let started = js_sys::Date::now();
                let mut more = true;
                while more && js_sys::Date::now() - started < SLICE_MS {
                    more = builder.step();
                }
                if !more {
                    break;
                }
                crate::browser::yield_to_browser().await;
            }
            let pool = Arc::new(builder.finish());
            building.update_value(|b| b.retain(|d| *d != day));
            pools.update(|p| p.push((day, pool)));
        });
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
