"""A demo company with a realistic amount of progress (screenshots, benchmark, manual tests).

    python tools/demo.py DATA_DIR      create 株式会社みどり精工 in DATA_DIR
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop.core.content import ContentModel  # noqa: E402

STATUS_WEIGHTS = (("done", 45), ("partial", 15), ("not_done", 12), ("unknown", 6), ("unanswered", 20), ("na", 2))
OWNERS = ("総務 山田", "製造 佐藤", "社長 鈴木", "経理 高橋")


def populate(store, model: ContentModel, *, name: str = "株式会社みどり精工", seed: int = 7,
             today: dt.date | None = None):
    """Create one company with learners, lessons done, self-check answers and item statuses."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    profile = store.create_profile(name, industry="製造業", employees=24, scope="本社と第二工場",
                                   requested=["scs3", "sa2"])
    learners = [store.add_learner(profile.id, person) for person in ("山田 花子", "佐藤 一郎", "鈴木 恵")]
    lesson_ids = list(model.lessons)
    for learner in learners:
        for lesson_id in rng.sample(lesson_ids, k=rng.randint(3, min(15, len(lesson_ids)))):
            total = len(model.lessons[lesson_id].text().quiz)
            store.record_lesson(learner.id, lesson_id, quiz_score=rng.randint(max(total - 2, 0), total), quiz_total=total)
    answers = ("yes", "yes", "yes", "partial", "no", "unknown")
    for question in range(1, 26):
        store.set_answer(profile.id, question, rng.choice(answers))
    statuses, weights = zip(*STATUS_WEIGHTS, strict=True)
    from desktop.storage import clock

    real_now = clock.now
    start = clock.now() - dt.timedelta(days=90)
    try:
        # Work spread over the last three months, so the progress chart has a history.
        for number, item_id in enumerate(model.items):
            moment = start + dt.timedelta(days=90 * number / len(model.items), hours=rng.random())
            clock.now = lambda m=moment: m
            status = rng.choices(statuses, weights)[0]
            if status == "unanswered":
                continue
            store.set_item_status(profile.id, item_id, status, reason="対象の機器がないため" if status == "na" else None)
            if status in ("partial", "not_done", "unknown") and rng.random() < 0.3:
                due = today + dt.timedelta(days=rng.randint(-20, 120))
                store.update_item(profile.id, item_id, owner=rng.choice(OWNERS), due=due,
                                  note="来月の会議で確認する")
    finally:
        clock.now = real_now
    return profile


if __name__ == "__main__":
    from desktop.core.loader import load_content
    from desktop.paths import content_dir, user_dirs
    from desktop.storage.db import open_store

    dirs = user_dirs(sys.argv[1] if len(sys.argv) > 1 else None).ensure()
    store = open_store(dirs.database, dirs.backup)
    made = populate(store, load_content(content_dir()).model)
    print(f"created {made.name} in {dirs.data}")
