from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from newsdesk.core import new_article
from newsdesk.store import Store

SAVES = 40


def test_two_threads_saving_different_articles(store: Store) -> None:
    ids = [store.create_article(new_article(title=f"bài {n}")).id for n in range(2)]
    start = threading.Barrier(3)

    def edit(article_id: int) -> None:
        start.wait()
        for n in range(SAVES):
            article = store.get_article(article_id)
            store.save_article(article.edited(body=f"lần sửa {n}"))
            store.list_articles()

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(edit, article_id) for article_id in ids]
        start.wait()
        # This thread reads while both others write.
        while not all(f.done() for f in futures):
            assert len(store.list_articles()) == 2
        for future in futures:
            future.result()  # re-raises what failed in the worker

    for article_id in ids:
        article = store.get_article(article_id)
        assert article.version == SAVES + 1
        assert article.body == f"lần sửa {SAVES - 1}"
        assert [r.version for r in store.revisions(article_id)] == list(range(1, SAVES + 2))
        assert {s.id for s in store.search(f"lan sua {SAVES - 1}")} == set(ids)
