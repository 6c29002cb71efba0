/**
 * Words a caller says around the question that match every article: particles, pronouns, question
 * words (咋, 怎么, 啥 …). Dropped from queries and from the index, so they neither match nor dilute.
 */
export const STOPWORDS = new Set(
  `的 了 吗 呢 啊 吧 呀 么 嘛 哦 哈 啦 着 过 得 地 和 与 及 或 跟 同 也 都 就 还 又 再 才 很 太 更 最 在 是 有 没 没有 不 要 想 能 会 可以 可不可以 能不能 会不会 是不是 有没有
  我 俺 咱 咱们 我们 你 您 你们 他 她 它 他们 她们 人家 自己 这 那 这个 那个 这些 那些 这样 那样 个 些 点 一下 一点 一些 请问 问 问一下 想问 咨询 打听 知道 告诉 麻烦
  咋 咋整 咋办 咋弄 怎么 怎么样 怎样 如何 什么 啥 啥子 哪 哪里 哪儿 哪个 几 多少 为什么 为啥 干啥 怎么办 怎么弄 怎么搞 中不中 管不管 行不行 好不好 可以吗
  请 帮 帮忙 给 让 把 被 对 向 从 到 为 以 按 按照 关于 对于 由 等 等等 之 其 该 各 每 此 如 如果 因为 所以 但是 但 而 而且 然后 那么 现在 今天 昨天 已经 一直 刚 刚才 呢 嗯 喂 您好 你好 谢谢`
    .split(/\s+/)
    .filter(Boolean),
);
